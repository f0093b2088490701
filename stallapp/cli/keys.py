"""Verbs for keys and campaign packs: keys show/export-identity, pack export/import/show/switch."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.printing import qr
from stallapp.sealing import fingerprint as fp
from stallapp.services.campaign_pack import (
    campaign_keys,
    check_fingerprint,
    export_pack,
    install_pack,
    installed_packs,
    read_pack,
    switch_campaign,
)
from stallapp.services.keys import (
    load_keys,
    recipient_fingerprint,
    record_identity_exported,
    require_coordinator,
    require_stall,
)
from stallapp.system.paths import atomic_write


def register(sub: Any) -> None:
    p = sub.add_parser("keys", help="this device's keys and fingerprint")
    ksub = p.add_subparsers(dest="keys_verb", required=True)
    a = ksub.add_parser("show", help="show the fingerprint to compare in person")
    a.add_argument("--no-qr", action="store_true", help="do not draw the QR code")
    a.set_defaults(func=cmd_keys_show)
    a = ksub.add_parser("export-identity", help="write the coordinator's age identity (secret)")
    a.add_argument("--out", type=Path, required=True)
    a.set_defaults(func=cmd_export_identity)

    p = sub.add_parser("pack", help="campaign packs")
    psub = p.add_subparsers(dest="pack_verb", required=True)
    a = psub.add_parser("export", help="coordinator: write the signed campaign pack")
    a.add_argument("--out", type=Path, required=True)
    a.add_argument(
        "--also-recipient",
        action="append",
        default=[],
        metavar="AGE1...",
        help="a backup coordinator's age recipient (repeatable)",
    )
    a.add_argument("--recovery-recipient", default=None, metavar="AGE1...")
    a.set_defaults(func=cmd_pack_export)
    a = psub.add_parser("import", help="stall: trust a coordinator's campaign pack")
    a.add_argument("file", type=Path)
    a.add_argument("--fingerprint", default=None, help="the code the coordinator showed you")
    a.set_defaults(func=cmd_pack_import)
    a = psub.add_parser("show", help="stall: the campaign's coordinator keys and fingerprints")
    a.set_defaults(func=cmd_pack_show)
    a = psub.add_parser(
        "switch", help="stall: move to another campaign (drops the old coordinator keys)"
    )
    a.add_argument("file", type=Path)
    a.add_argument("--fingerprint", default=None, help="the new coordinator's code, in person")
    a.set_defaults(func=cmd_pack_switch)


def cmd_keys_show(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    keys = load_keys(vault)
    code = keys.fingerprint(vault.role)
    print(f"Role: {vault.role}{' (rehearsal)' if vault.rehearsal else ''}")
    print(f"Device: {vault.device_name} ({vault.device_id})")
    print(f"Fingerprint: {code}")
    if keys.recipient is not None:
        print(f"Recipient: {keys.recipient}")
        print(f"Recipient fingerprint: {recipient_fingerprint(keys.recipient)}")
    for pack in installed_packs(vault):
        print(f"Coordinator: {pack.coordinator} fingerprint {pack.fingerprint}")
    if not args.no_qr:
        print(qr.text_art(fp.qr_text(code)), end="")
    return 0


def read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > 4 * 1024 * 1024:
            raise BadInput(f"That file is too large to be a {what}.")
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"The {what} cannot be read ({exc.strerror}).") from None


def _new_file(path: Path) -> None:
    if path.exists():
        raise BadInput("That file exists already; choose a new name. Nothing was written.")
    if not path.parent.is_dir():
        raise BadInput("The folder for that file does not exist.")


def cmd_export_identity(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    require_coordinator(vault)
    _new_file(args.out)
    keys = load_keys(vault)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = (
        f"# created: {stamp}\n# public key: {keys.recipient}\n"
        "# stallapp coordinator identity: keep it offline and safe.\n"
        f"{keys.age_identity}\n"
    )
    atomic_write(args.out, text.encode("ascii"))
    record_identity_exported(vault)
    print(f"Wrote the age identity to {args.out} (readable by you only).")
    return 0


def cmd_pack_export(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    data = export_pack(vault, also=tuple(args.also_recipient), recovery=args.recovery_recipient)
    if not args.out.parent.is_dir():
        raise BadInput("The folder for that file does not exist.")
    atomic_write(args.out, data)
    code = load_keys(vault).fingerprint("coordinator")
    print(f"Wrote the campaign pack to {args.out}.")
    print(f"Fingerprint to compare at each stall: {code}")
    return 0


def cmd_pack_import(args: argparse.Namespace, ctx: Context) -> int:
    pack = read_pack(read_small(args.file, "campaign pack"))
    print(f"Coordinator: {pack.coordinator_name}")
    print(f"Fingerprint: {pack.fingerprint}")
    if args.fingerprint is not None:
        check_fingerprint(args.fingerprint, pack.fingerprint)
    else:
        print(qr.text_art(fp.qr_text(pack.fingerprint)), end="")
        ok = ask(
            "Does this match the fingerprint on the coordinator's screen?",
            refuse_hint="Pass --fingerprint CODE as shown by the coordinator.",
        )
        if not ok:
            raise BadInput("Not confirmed; nothing was imported.")
    install_pack(ctx.vault(), pack)
    print(f"Imported the campaign pack ({len(pack.petitions)} petition(s)).")
    return 0


_KINDS = {
    "signing": "signs campaign packs",
    "recipient": "can open this stall's batches",
    "recovery": "can recover this vault",
}


def cmd_pack_show(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    require_stall(vault)
    keys = campaign_keys(vault)
    if not keys:
        print("No campaign yet: import your coordinator's pack (stallapp pack import FILE).")
        return 0
    for key in keys:
        print(f"{key.fingerprint}\t{key.kind}\t{_KINDS[key.kind]}\t{key.coordinator}")
    return 0


def cmd_pack_switch(args: argparse.Namespace, ctx: Context) -> int:
    pack = read_pack(read_small(args.file, "campaign pack"))
    vault = ctx.vault()
    require_stall(vault)
    current = next((k for k in campaign_keys(vault) if k.kind == "signing"), None)
    print(f"Current campaign: {current.coordinator if current else '(none)'}")
    print(f"Current fingerprint: {current.fingerprint if current else '(none)'}")
    print(f"New coordinator: {pack.coordinator_name}")
    print(f"New fingerprint: {pack.fingerprint}")
    print(
        "Switching drops the current coordinator keys: later batches go only to the new "
        "coordinator, and the old recovery key can no longer open this vault."
    )
    if args.fingerprint is not None:
        check_fingerprint(args.fingerprint, pack.fingerprint)
    elif not ask(
        "Switch this stall to the new campaign?",
        refuse_hint="Pass --fingerprint CODE as shown by the new coordinator.",
    ):
        raise BadInput("Not confirmed; nothing was changed.")
    switch_campaign(vault, pack, ctx.passphrase())
    print(f"This stall now belongs to the campaign of {pack.coordinator_name}.")
    return 0
