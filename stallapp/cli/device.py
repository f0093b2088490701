"""Verbs for enrolling stall devices: device export (stall), enroll/revoke/list (coordinator)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.cli.keys import read_small
from stallapp.domain.errors import BadInput
from stallapp.printing import qr
from stallapp.sealing import fingerprint as fp
from stallapp.services.campaign_pack import (
    check_fingerprint,
    enroll,
    enrolled_devices,
    export_card,
    read_card,
    revoke,
)
from stallapp.services.keys import require_coordinator
from stallapp.system.paths import atomic_write


def register(sub: Any) -> None:
    p = sub.add_parser("device", help="stall devices and their enrolment")
    dsub = p.add_subparsers(dest="device_verb", required=True)
    a = dsub.add_parser("export", help="stall: write this device's card for the coordinator")
    a.add_argument("--out", type=Path, required=True)
    a.set_defaults(func=cmd_device_export)
    a = dsub.add_parser("enroll", help="coordinator: enrol a stall device from its card")
    a.add_argument("file", type=Path)
    a.add_argument("--fingerprint", default=None, help="the code the stall device shows")
    a.set_defaults(func=cmd_device_enroll)
    a = dsub.add_parser("revoke", help="coordinator: refuse this device's batches from now on")
    a.add_argument("device_id")
    a.set_defaults(func=cmd_device_revoke)
    a = dsub.add_parser("list", help="coordinator: enrolled devices")
    a.set_defaults(func=cmd_device_list)


def cmd_device_export(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    data = export_card(vault)
    if not args.out.parent.is_dir():
        raise BadInput("The folder for that file does not exist.")
    atomic_write(args.out, data)
    card = read_card(data)
    print(f"Wrote the device card to {args.out}.")
    print(f"Fingerprint to show the coordinator: {card.fingerprint}")
    return 0


def cmd_device_enroll(args: argparse.Namespace, ctx: Context) -> int:
    card = read_card(read_small(args.file, "device card"))
    vault = ctx.vault()
    require_coordinator(vault)
    print(f"Device: {card.device_name} ({card.device_id})")
    print(f"Fingerprint: {card.fingerprint}")
    if args.fingerprint is not None:
        check_fingerprint(args.fingerprint, card.fingerprint)
    else:
        print(qr.text_art(fp.qr_text(card.fingerprint)), end="")
        if not ask(
            "Does this match the fingerprint on the stall device's screen?",
            refuse_hint="Pass --fingerprint CODE as shown by the stall device.",
        ):
            raise BadInput("Not confirmed; the device was not enrolled.")
    if enroll(vault, card):
        print(f"Enrolled device {card.device_id}.")
    else:
        print(f"Device {card.device_id} was enrolled already.")
    return 0


def cmd_device_revoke(args: argparse.Namespace, ctx: Context) -> int:
    revoke(ctx.vault(), args.device_id)
    print(f"Revoked device {args.device_id}; its batches are refused from now on.")
    return 0


def cmd_device_list(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    require_coordinator(vault)
    for d in enrolled_devices(vault):
        state = "revoked" if d.revoked else "enrolled"
        print(f"{d.device_id}\t{state}\t{d.fingerprint}\t{d.name}")
    return 0
