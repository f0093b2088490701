"""The screens' one handle on the data: an unlocked vault and the services over it.

The UI opens or creates a vault here and receives a Session; widgets are given the services
they need (capture, kiosk, coordination, sheets...), never the Vault itself. Services that
only some roles use are made on first use, so the kiosk never loads the coordinator's code.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from stallapp.domain.errors import DiskFull, ReadOnlyVault, VaultBusy
from stallapp.storage.vault_files import MIN_PASSPHRASE, vault_exists

if TYPE_CHECKING:
    # The vault (sqlcipher3, libsodium, the migrations) is imported when a vault is opened
    # or created, not to paint the start-up screen.
    from stallapp.services.bundles import BundleService
    from stallapp.services.coordination import CoordinatorService
    from stallapp.services.device_revocation import DeviceRevocation
    from stallapp.services.pack_export import PackExport
    from stallapp.services.practice_vault import PracticeVaults
    from stallapp.services.sheet_tracking import SheetService
    from stallapp.services.stall_link import StallLink
    from stallapp.services.stall_receipts import StallReceipts
    from stallapp.services.vault_keys import VaultKeys
    from stallapp.services.withdrawal_service import WithdrawalService
    from stallapp.storage.keyfile import KdfCost
    from stallapp.storage.vault import Vault

__all__ = ["MIN_PASSPHRASE", "KdfCost", "Session", "create_vault", "open_vault", "vault_exists"]


def __getattr__(name: str) -> object:
    """`KdfCost`, exported for the screens, loaded on first use with the key file code."""
    if name == "KdfCost":
        from stallapp.storage.keyfile import KdfCost

        return KdfCost
    raise AttributeError(name)


def open_vault(
    folder: Path, passphrase: str, *, failed_attempts: int = 0, pin_cost: KdfCost | None = None
) -> Session:
    """Unlock the vault in `folder` (slow: Argon2id). Raises WrongPassphrase or a VaultError."""
    from stallapp.storage.vault import Vault

    return Session(Vault.unlock(folder, passphrase, failed_attempts=failed_attempts), pin_cost)


def create_vault(
    folder: Path,
    passphrase: str,
    *,
    role: str,
    device_name: str,
    cost: KdfCost | None = None,
    pin_cost: KdfCost | None = None,
) -> Session:
    from stallapp.storage.vault import Vault

    vault = Vault.create(folder, passphrase, role=role, device_name=device_name, cost=cost)
    return Session(vault, pin_cost)


class Session:
    """One unlocked vault. `lock()` closes it; the services must not be used afterwards."""

    def __init__(self, vault: Vault, pin_cost: KdfCost | None = None) -> None:
        self._vault = vault
        self.folder = vault.folder
        self.role = vault.role
        self.device_name = vault.device_name
        self.rehearsal = vault.rehearsal
        # Imported here, not at module level: the unlock screen paints without them.
        from stallapp.services.capture import CaptureService
        from stallapp.services.kiosk_service import KioskService

        self.capture = CaptureService(vault)
        self.kiosk = KioskService(vault, pin_cost)
        # Checked at unlock: a damaged recovery entry (the campaign could not recover this
        # vault if its passphrase were forgotten); the volunteer is told at once.
        self.recovery_damaged = bool(vault.recovery_problems)

    @property
    def write_problem(self) -> str | None:
        """Why the vault cannot be written right now, as a stable code ("disk_full",
        "read_only", "busy"), or None. It still opens for reading and export meanwhile."""
        problem = self._vault.write_problem
        if problem is None:
            return None
        kinds = {DiskFull: "disk_full", ReadOnlyVault: "read_only", VaultBusy: "busy"}
        return next((code for cls, code in kinds.items() if isinstance(problem, cls)), "busy")

    @property
    def is_locked(self) -> bool:
        return self._vault.is_locked

    def lock(self) -> None:
        self._vault.lock()

    @cached_property
    def coordination(self) -> CoordinatorService:
        from stallapp.services.coordination import CoordinatorService

        return CoordinatorService(self._vault)

    @cached_property
    def bundles(self) -> BundleService:
        from stallapp.services.bundles import BundleService

        return BundleService(self._vault)

    @cached_property
    def stall_link(self) -> StallLink:
        from stallapp.services.stall_link import StallLink

        return StallLink(self._vault)

    @cached_property
    def receipts(self) -> StallReceipts:
        """A stall's import receipts and the erasure of signers its coordinator received."""
        from stallapp.services.stall_receipts import StallReceipts

        return StallReceipts(self._vault)

    @cached_property
    def sheets(self) -> SheetService:
        from stallapp.services.sheet_tracking import SheetService

        return SheetService(self._vault)

    @cached_property
    def withdrawal(self) -> WithdrawalService:
        from stallapp.services.withdrawal_service import WithdrawalService

        return WithdrawalService(self._vault)

    @cached_property
    def vault_keys(self) -> VaultKeys:
        from stallapp.services.vault_keys import VaultKeys

        return VaultKeys(self._vault)

    @cached_property
    def pack_export(self) -> PackExport:
        from stallapp.services.pack_export import PackExport

        return PackExport(self._vault)

    @cached_property
    def revocation(self) -> DeviceRevocation:
        from stallapp.services.device_revocation import DeviceRevocation

        return DeviceRevocation(self._vault)

    @cached_property
    def practice(self) -> PracticeVaults:
        from stallapp.services.practice_vault import PracticeVaults

        return PracticeVaults(self.folder)
