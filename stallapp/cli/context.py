"""Shared state of one CLI run: the data folder, the passphrase source, the open vault."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from stallapp.cli.passphrase import get_passphrase
from stallapp.storage.vault import Vault
from stallapp.system.paths import default_data_dir


@dataclass
class Context:
    data_dir: Path
    passphrase_file: Path | None
    _vault: Vault | None = field(default=None, repr=False)

    @staticmethod
    def add_global_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            help="vault folder (default: your per-user application data folder)",
        )
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            default=None,
            help="read the passphrase from the first line of this file",
        )

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(args.data_dir or default_data_dir(), args.passphrase_file)

    def passphrase(self, *, confirm: bool = False) -> str:
        return get_passphrase(self.passphrase_file, confirm=confirm)

    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = Vault.unlock(self.data_dir, self.passphrase())
        return self._vault

    def adopt(self, vault: Vault) -> Vault:
        self._vault = vault
        return vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.lock()
            self._vault = None
