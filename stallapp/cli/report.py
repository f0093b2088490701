"""Verbs for coordinators: report, the near-match review, erase and purge."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.errors import BadInput
from stallapp.services import dedupe, reports
from stallapp.services.council_counts import CouncilCounts, parse_day
from stallapp.services.withdrawal import erase_receipt, purge_petition
from stallapp.storage.vault import Vault


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="counts: totals, duplicates, by city/event/day/device")
    p.add_argument("--by", choices=reports.GROUPINGS, default=None)
    p.add_argument("--json", action="store_true", help="counts only, as JSON")
    _lookup_arguments(p)
    p.set_defaults(func=cmd_report)
    rsub = p.add_subparsers(dest="report_verb", required=False, metavar="epetition")
    e = rsub.add_parser("epetition", help="enter a council e-petition's own count and its date")
    e.add_argument("--petition", required=True, metavar="ID")
    e.add_argument("--count", type=int, required=True, metavar="N")
    e.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it was read")
    e.set_defaults(func=cmd_report_epetition)

    p = sub.add_parser("review", help="near matches: list, confirm (same person) or reject")
    rsub = p.add_subparsers(dest="review_verb", required=True)
    a = rsub.add_parser("list")
    a.set_defaults(func=cmd_review_list)
    for verb in ("confirm", "reject"):
        a = rsub.add_parser(verb)
        a.add_argument("match", type=int)
        a.set_defaults(func=cmd_review_decide, confirm=verb == "confirm")

    p = sub.add_parser("erase", help="withdraw a signature by its receipt code")
    p.add_argument("--receipt", required=True, metavar="CODE")
    p.add_argument(
        "--whole-person",
        action="store_true",
        help="also erase this signer's other signatures merged into the same person",
    )
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser(
        "purge",
        help="delete a petition's signatures after its retention date, keeping anonymous counts",
    )
    p.add_argument("--petition", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _lookup_arguments(p, "to keep counts by constituency and ward; ")
    p.set_defaults(func=cmd_purge)


def _lookup_arguments(p: Any, why: str = "") -> None:
    p.add_argument(
        "--postcode-lookup",
        type=Path,
        default=None,
        metavar="FILE.csv",
        help=f"{why}the ONS postcode directory (NSPL or ONSPD CSV: pcds, pcon, osward/ward); "
        "never looked up online",
    )
    p.add_argument(
        "--area-names",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.csv",
        help="a names and codes CSV from the same download (constituencies, wards); repeat",
    )


def _lookup(args: argparse.Namespace, vault: Vault) -> PostcodeLookup | None:
    if args.area_names and args.postcode_lookup is None:
        raise BadInput("--area-names needs --postcode-lookup too.")
    if args.postcode_lookup is None:
        return None
    return reports.load_lookup(args.postcode_lookup, tuple(args.area_names), vault.conn)


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    lookup = _lookup(args, vault)
    report = reports.for_vault(vault, args.by, lookup=lookup)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(reports.render_text(report))
    return 0


def cmd_report_epetition(args: argparse.Namespace, ctx: Context) -> int:
    day = parse_day(args.date)
    entry = CouncilCounts(ctx.vault()).enter(args.petition, args.count, day)
    print(
        f"Council e-petition count for {entry.petition_id}: {entry.count} on "
        f"{entry.counted_on} (shown beside our counts, never added to them)."
    )
    return 0


def cmd_review_list(args: argparse.Namespace, ctx: Context) -> int:
    matches = dedupe.open_matches(ctx.vault())
    if not matches:
        print("No near matches to review.")
    for m in matches:
        print(f"#{m.id} {m.reason}")
        for side in (m.a, m.b):
            mail = f" <{side.email}>" if side.email else ""
            print(f"    {side.name}, {side.postcode}{mail} ({side.signatures} signature(s))")
    return 0


def cmd_review_decide(args: argparse.Namespace, ctx: Context) -> int:
    dedupe.review(ctx.vault(), args.match, args.confirm)
    print(f"#{args.match} {'merged: the same person' if args.confirm else 'kept apart'}.")
    return 0


def cmd_erase(args: argparse.Namespace, ctx: Context) -> int:
    done = erase_receipt(ctx.vault(), args.receipt, whole_person=args.whole_person)
    print(f"Erased {done.count} signature(s).")
    if done.same_person_left:
        print(
            f"{done.same_person_left} other signature(s) of the same person remain; "
            "add --whole-person to erase them too."
        )
    if done.exported:
        print("It had already been sent in a batch: ask the coordinator to erase it too.")
    return 0


def cmd_purge(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    lookup = _lookup(args, vault)
    areas = (
        "by constituency and ward too"
        if lookup is not None
        else "but not by constituency or ward (no --postcode-lookup given)"
    )
    if not args.yes and not ask(
        f"Delete every signature of {args.petition} for good, keeping anonymous counts {areas}?",
        refuse_hint="Pass --yes to confirm.",
    ):
        raise BadInput("Not confirmed; nothing was deleted.")
    done = purge_petition(vault, args.petition, lookup=lookup)
    print(f"Purged {done.count} signature(s) of {args.petition}.")
    print(f"Kept anonymous counts of {done.kept} of them, {areas}; see 'stallapp report'.")
    if done.count > done.kept:
        print(
            f"{done.count - done.kept} signature(s) were not counted: the privacy notice they "
            "were given did not say counts are kept."
        )
    return 0
