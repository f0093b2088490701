"""Verbs for setting a vault up and capturing entries: init, petition, event, entry, gui."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import load_petition
from stallapp.domain.signer import CONNECTIONS
from stallapp.services import petition_check
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import ROLES, Vault


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a vault in the data folder")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--device-name", default=None)
    p.add_argument("--rehearsal", action="store_true", help="a training vault for synthetic data")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("petition", help="add or list petition definitions")
    psub = p.add_subparsers(dest="petition_verb", required=True)
    a = psub.add_parser("add", help="add a petition from a TOML file")
    a.add_argument("file", type=Path)
    a.add_argument(
        "--strict", action="store_true", help="add nothing and exit 2 if the check warns"
    )
    a.set_defaults(func=cmd_petition_add)
    a = psub.add_parser("remove", help="remove a petition that has no signatures")
    a.add_argument("petition_id", metavar="ID")
    a.add_argument("--yes", action="store_true", help="do not ask to confirm")
    a.set_defaults(func=cmd_petition_remove)
    a = psub.add_parser("list", help="list petitions")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_petition_list)

    p = sub.add_parser("event", help="stall events")
    esub = p.add_subparsers(dest="event_verb", required=True)
    a = esub.add_parser("add", help="add a stall event")
    a.add_argument("--city", required=True)
    a.add_argument("--location", required=True)
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    a.add_argument("--start", default=None, metavar="HH:MM")
    a.add_argument("--end", default=None, metavar="HH:MM")
    a.add_argument("--group", default=None)
    a.set_defaults(func=cmd_event_add)
    a = esub.add_parser("list", help="list stall events")
    a.set_defaults(func=cmd_event_list)

    p = sub.add_parser("entry", help="signature entries")
    nsub = p.add_subparsers(dest="entry_verb", required=True)
    a = nsub.add_parser("add", help="add one entry (e.g. transcribing a paper row)")
    a.add_argument("--petition", required=True)
    a.add_argument("--event", required=True)
    a.add_argument("--name", required=True)
    a.add_argument("--postcode", required=True)
    a.add_argument("--address", default="", help="address lines separated by commas or newlines")
    a.add_argument("--country", default="GB")
    a.add_argument("--email", default=None)
    a.add_argument("--language", default="en")
    a.add_argument(
        "--consent",
        action="store_true",
        help="kiosk: the signer gave explicit consent; paper: the sheet was signed by hand "
        "with the printed privacy notice shown",
    )
    a.add_argument("--contact-consent", action="store_true")
    a.add_argument("--paper-sheet", default=None)
    a.add_argument("--row", type=int, default=None)
    a.add_argument(
        "--connection",
        choices=CONNECTIONS,
        default=None,
        help="a council petition that asks: the signer lives, works or studies in the area",
    )
    a.set_defaults(func=cmd_entry_add)

    p = sub.add_parser("gui", help="open the app (the default with no verb)")
    p.add_argument("--demo", action="store_true", help="open the demo vault (public passphrase)")
    p.set_defaults(func=cmd_gui)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    if Vault.exists(ctx.data_dir):
        raise BadInput("There is already a vault in this folder; nothing was changed.")
    vault = ctx.adopt(
        Vault.create(
            ctx.data_dir,
            ctx.passphrase(confirm=True),
            role=args.role,
            device_name=args.device_name,
            rehearsal=args.rehearsal,
        )
    )
    kind = "rehearsal " if vault.rehearsal else ""
    print(f"Created a {kind}{vault.role} vault, device {vault.device_id}.")
    return 0


def cmd_petition_add(args: argparse.Namespace, ctx: Context) -> int:
    petition = load_petition(args.file)
    warnings = petition_check.check(petition)
    for w in warnings:
        sys.stderr.write(f"warning: {petition_check.describe(w)}\n")
    if warnings and args.strict:
        sys.stderr.write(
            f"stallapp: {len(warnings)} warning(s) and --strict: the petition was not added.\n"
        )
        return 2
    changed = CaptureService(ctx.vault()).add_petition(petition)
    state = "added" if changed else "already present"
    print(f"{petition.id} {petition.content_hash[:16]} {state}")
    return 0


def cmd_petition_remove(args: argparse.Namespace, ctx: Context) -> int:
    service = CaptureService(ctx.vault())
    pid = args.petition_id
    if not args.yes and not ask(
        f"Remove the petition {pid} from this vault?",
        refuse_hint="Add --yes to remove it without asking.",
    ):
        raise BadInput("Not confirmed; the petition was not removed.")
    service.remove_petition(pid)
    print(f"{pid} removed")
    return 0


def cmd_petition_list(args: argparse.Namespace, ctx: Context) -> int:
    service = CaptureService(ctx.vault())
    rows: list[dict[str, Any]] = [
        {
            "id": p.id,
            "hash": p.content_hash,
            "target": p.target,
            "title": p.title.get("en"),
            "languages": list(p.languages()),
            "retention_until": p.retention_until.isoformat(),
            "signatures": service.count(petition_id=p.id),
        }
        for p in service.petitions()
    ]
    broken = service.broken_petitions()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['id']}\t{r['hash'][:16]}\t{r['target']}\t{r['signatures']}\t{r['title']}")
    for pid in broken:
        sys.stderr.write(
            f"stallapp: the stored petition '{pid}' cannot be read; "
            "replace it (petition add) or remove it (petition remove).\n"
        )
    return 0


def cmd_event_add(args: argparse.Namespace, ctx: Context) -> int:
    event = CaptureService(ctx.vault()).add_event(
        city=args.city,
        location=args.location,
        day=args.date,
        start=args.start,
        end=args.end,
        group_name=args.group,
    )
    print(event.id)
    return 0


def cmd_event_list(args: argparse.Namespace, ctx: Context) -> int:
    for event in CaptureService(ctx.vault()).events():
        print(f"{event.id}\t{event.label()}")
    return 0


def cmd_entry_add(args: argparse.Namespace, ctx: Context) -> int:
    paper = args.paper_sheet is not None or args.row is not None
    address = "\n".join(part.strip() for part in args.address.replace(",", "\n").splitlines())
    receipt = CaptureService(ctx.vault()).record(
        args.petition,
        args.event,
        name=args.name,
        postcode=args.postcode,
        address=address,
        country=args.country,
        email=args.email,
        language=args.language,
        consent=args.consent,
        contact_consent=args.contact_consent,
        origin="paper" if paper else "kiosk",
        sheet_serial=args.paper_sheet,
        sheet_row=args.row,
        connection=args.connection,
    )
    print(receipt.code)
    return 0


def _no_screen() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    if _no_screen():
        sys.stderr.write(
            "stallapp: there is no screen to open a window on (DISPLAY is not set). "
            "Run it from a desktop session, or use the command-line verbs (stallapp --help).\n"
        )
        return 1
    try:
        from stallapp.ui.app import run_app
    except ImportError as exc:  # pragma: no cover - depends on the machine
        sys.stderr.write(f"stallapp: the window system could not start ({exc.name}).\n")
        return 1
    return run_app(ctx.data_dir, demo=args.demo)
