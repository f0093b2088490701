"""Signers' rights: find a person by name and postcode, erase or export all of their data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.services import person_rights


def register(sub: Any) -> None:
    p = sub.add_parser("person", help="a signer's rights: find, erase, export (paper and kiosk)")
    psub = p.add_subparsers(dest="person_verb", required=True)
    a = psub.add_parser("find", help="people matching a name and postcode (no addresses shown)")
    a.add_argument("--name", required=True)
    a.add_argument("--postcode", required=True)
    a.set_defaults(func=cmd_find)
    a = psub.add_parser("erase", help="erase every signature of one person")
    a.add_argument("person_id", metavar="PERSON_ID")
    a.add_argument("--yes", action="store_true", help="do not ask to confirm")
    a.set_defaults(func=cmd_erase)
    a = psub.add_parser("export", help="everything held about one person, as PDF and JSON")
    a.add_argument("person_id", metavar="PERSON_ID")
    a.add_argument("--out", type=Path, required=True, metavar="DIR")
    a.set_defaults(func=cmd_export)


def cmd_find(args: argparse.Namespace, ctx: Context) -> int:
    matches = person_rights.find(ctx.vault(), args.name, args.postcode)
    if not matches:
        print("No one with that name and postcode is in this vault.")
    for m in matches:
        kind = "exact" if m.exact else "near"
        print(
            f"{m.person_id}\t{kind}\t{m.name}\t{m.signatures} signature(s): "
            f"{m.paper} paper, {m.kiosk} kiosk\t{', '.join(m.petitions)}"
        )
    return 0


def cmd_erase(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    count = person_rights.count_of(vault, args.person_id)
    if not args.yes and not ask(
        f"Erase all {count} signature(s) of this person for good?",
        refuse_hint="Add --yes to erase without asking.",
    ):
        raise BadInput("Not confirmed; nothing was erased.")
    erased = person_rights.erase(vault, args.person_id)
    print(f"Erased {erased} signature(s); a batch imported again cannot bring them back.")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    written = person_rights.export(ctx.vault(), args.person_id, args.out)
    print(f"Wrote {', '.join(p.name for p in written)} to {args.out}.")
    return 0
