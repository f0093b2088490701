"""Where the CLI gets a passphrase: --passphrase-file, STALLAPP_PASSPHRASE, or a prompt.

Never from a command-line argument, which other users can read in the process list.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from stallapp.domain.errors import BadInput

ENV_VAR = "STALLAPP_PASSPHRASE"


def _from_file(path: Path) -> str:
    try:
        raw = path.read_bytes()[:4096]
    except OSError as exc:
        raise BadInput(f"Cannot read the passphrase file: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("The passphrase file must be UTF-8 text.") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise BadInput("The passphrase file is empty.")
    return line


def get_passphrase(passphrase_file: Path | None, *, confirm: bool = False, prompt: str = "") -> str:
    if passphrase_file is not None:
        return _from_file(passphrase_file)
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    if not sys.stdin.isatty():
        raise BadInput(
            f"No passphrase given: use --passphrase-file FILE or set {ENV_VAR} "
            "(it is never accepted as an argument)."
        )
    first = getpass.getpass(prompt or "Vault passphrase: ")
    if confirm:
        second = getpass.getpass("Type it again to confirm: ")
        if first != second:
            raise BadInput("The two passphrases are different. Nothing was created.")
    return first
