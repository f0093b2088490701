"""Later runs: the passphrase opens the vault. A wrong one gets a calm message and a retry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from stallapp.ui.shared.style import mark_quiet
from stallapp.ui.stall.passphrase_block import PassphraseBlock

STILL_OPENING_MS = 4000  # after this long, say why opening may take a while


class UnlockPage(QWidget):
    """Emits `unlock_requested(passphrase)`; the window answers with show_failure or moves on."""

    unlock_requested = Signal(str)
    recover_requested = Signal()  # "Forgot passphrase?": the window opens the RecoverDialog

    def __init__(self, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.demo_passphrase = demo_passphrase
        self.block = PassphraseBlock(width=640, message_name="unlockMessage", button_name="unlock")
        self.title = self.block.title
        self.prompt = self.block.intro
        self.message = self.block.message
        self.unlock = self.block.button
        self.unlock.clicked.connect(self.submit)
        self.passphrase = self.block.passphrase_field("passphrase")
        self.passphrase.returnPressed.connect(self.submit)
        self.block.add_row(self.passphrase)
        self.demo = QLabel()
        self.demo.setObjectName("demoHint")
        self.demo.setWordWrap(True)
        self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo.setStyleSheet("background: #fff4e5; padding: 12px; border-radius: 8px;")
        self.demo.setVisible(demo_passphrase is not None)
        self.block.add_below(self.demo)
        self.forgot = QPushButton()
        self.forgot.setObjectName("forgotPassphrase")
        mark_quiet(self.forgot)
        self.forgot.clicked.connect(self.recover_requested)
        self.block.add_below(self.forgot)
        self.block.place_on(self)
        self.still_opening = QTimer(self)
        self.still_opening.setSingleShot(True)
        self.still_opening.setInterval(STILL_OPENING_MS)
        self.still_opening.timeout.connect(self._say_still_opening)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock stallapp"))
        self.prompt.setText(self.tr("Type your passphrase to open the encrypted vault."))
        self.unlock.setText(self.tr("Unlock"))
        self.forgot.setText(self.tr("Forgot the passphrase? Use the recovery key…"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.prompt.text())
        if self.demo_passphrase is not None:
            self.demo.setText(
                self.tr("Demo vault, for practice only. Its passphrase is public: %1").replace(
                    "%1", self.demo_passphrase
                )
            )

    def submit(self) -> None:
        text = self.passphrase.text()
        self.passphrase.clear()
        if not text:
            self.message.setText(self.tr("Please type your passphrase."))
            return
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.unlock.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening the vault…"))
            self.still_opening.start()
        else:
            self.still_opening.stop()
            self.passphrase.setFocus()

    def _say_still_opening(self) -> None:
        # The first unlock after an update upgrades the vault once (a backup, the upgrade,
        # both integrity checks): minutes for a coordinator's vault of a million signatures.
        self.message.setText(
            self.tr(
                "Still opening. After an update, a large vault is upgraded once; this can "
                "take a few minutes. Please wait."
            )
        )

    def show_failure(self, attempts: int) -> None:
        self.message.setText(
            self.tr(
                "That passphrase did not open the vault. Nothing was changed. Please try again."
            )
        )
        self.passphrase.setFocus()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()
