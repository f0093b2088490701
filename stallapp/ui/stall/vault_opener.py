"""Opening or creating the vault off the UI thread: the Argon2id key derivation takes a few
tenths of a second, and the window keeps painting meanwhile. Errors become signals carrying
a readable message; nothing unexpected reaches the user as a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from stallapp.domain.errors import StallappError, WrongPassphrase
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault


class VaultOpener(QObject):
    opened = Signal(object)  # the unlocked Vault
    wrong_passphrase = Signal()
    failed = Signal(str)  # a readable message, never personal data

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def _run(self, job: Callable[[], Vault]) -> None:
        def work() -> None:
            try:
                vault = job()
            except WrongPassphrase:
                self.wrong_passphrase.emit()
            except StallappError as exc:
                self.failed.emit(exc.message)
            except Exception:  # a bug or the environment: say so calmly, keep the app alive
                self.failed.emit("The vault could not be opened because of an unexpected error.")
            else:
                self.opened.emit(vault)

        self.pool.start(work)

    def unlock(self, folder: Path, passphrase: str, failed_attempts: int) -> None:
        self._run(lambda: Vault.unlock(folder, passphrase, failed_attempts=failed_attempts))

    def create(
        self, folder: Path, passphrase: str, role: str, device_name: str, cost: KdfCost | None
    ) -> None:
        self._run(
            lambda: Vault.create(folder, passphrase, role=role, device_name=device_name, cost=cost)
        )

    def wait(self) -> None:
        self.pool.waitForDone()
