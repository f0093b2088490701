"""Verbs that look after the vault's keys: change the passphrase, recover with the campaign key."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from stallapp.cli.context import Context
from stallapp.cli.passphrase import get_passphrase
from stallapp.domain.errors import BadInput
from stallapp.storage.vault import Vault

NEW_ENV_VAR = "STALLAPP_NEW_PASSPHRASE"
MAX_IDENTITY_FILE = 64 * 1024


def register(sub: Any) -> None:
    p = sub.add_parser("passphrase", help="change the vault passphrase")
    psub = p.add_subparsers(dest="passphrase_verb", required=True)
    a = psub.add_parser("change", help="set a new passphrase (asks for the current one first)")
    a.add_argument("--new-passphrase-file", type=Path, default=None)
    a.set_defaults(func=cmd_change)

    p = sub.add_parser(
        "recover",
        help="open a vault whose passphrase was forgotten, with the campaign recovery key",
    )
    p.add_argument(
        "--identity-file",
        type=Path,
        required=True,
        help="the campaign recovery identity (AGE-SECRET-KEY-1...)",
    )
    p.add_argument("--new-passphrase-file", type=Path, default=None)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("recovery-key", help="wrap the vault key to a campaign recovery key too")
    p.add_argument("recipient", help="the campaign recovery public key (age1...)")
    p.set_defaults(func=cmd_set_recovery)


def _new_passphrase(path: Path | None) -> str:
    if path is None and os.environ.get(NEW_ENV_VAR):
        return os.environ[NEW_ENV_VAR]
    return get_passphrase(path, confirm=True, prompt="New passphrase: ")


def cmd_change(args: argparse.Namespace, ctx: Context) -> int:
    old = ctx.passphrase()
    vault = ctx.adopt(Vault.unlock(ctx.data_dir, old))
    vault.change_passphrase(old, _new_passphrase(args.new_passphrase_file))
    print("The passphrase was changed.")
    return 0


def cmd_recover(args: argparse.Namespace, ctx: Context) -> int:
    try:
        raw = args.identity_file.read_bytes()[:MAX_IDENTITY_FILE]
    except OSError as exc:
        raise BadInput(f"Cannot read the identity file: {exc.strerror}.") from None
    lines = [
        ln.strip()
        for ln in raw.decode("utf-8", "replace").splitlines()
        if ln.strip().startswith("AGE-SECRET-KEY-1")
    ]
    if not lines:
        raise BadInput("The identity file holds no age identity (AGE-SECRET-KEY-1...).")
    new = _new_passphrase(args.new_passphrase_file)
    ctx.adopt(Vault.recover(ctx.data_dir, lines[0], new))
    print("The vault was recovered and has a new passphrase.")
    return 0


def cmd_set_recovery(args: argparse.Namespace, ctx: Context) -> int:
    ctx.vault().set_recovery_recipient(args.recipient)
    print("The vault key is now also wrapped to that recovery key.")
    return 0
