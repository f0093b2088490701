"""`stallapp print sheets|flyer|bundle` and `stallapp sheets return|report` (and `scan`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from stallapp.cli import sheet_scan
from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition, load_petition
from stallapp.printing import bundle, flyers, notice_pdf, wording
from stallapp.services import petition_check
from stallapp.services.bundles import BundleRequest, BundleService
from stallapp.services.capture import CaptureService
from stallapp.services.sheet_tracking import SheetService
from stallapp.system.paths import atomic_write

PAPERS = ("a4", "letter")
CHINESE = ("zh-Hant", "zh-Hans")


def register(sub: Any) -> None:
    pr = sub.add_parser("print", help="print paper sheets, flyers and submission bundles")
    verbs = pr.add_subparsers(dest="print_verb", metavar="WHAT", required=True)

    s = verbs.add_parser("sheets", help="paper petition sheets, serials registered in the vault")
    s.add_argument("--petition", required=True, metavar="ID")
    s.add_argument("--count", type=int, required=True, metavar="N", help="number of sheets")
    s.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    s.add_argument("--paper", choices=PAPERS, default="a4")
    s.add_argument("--chinese", choices=CHINESE, default="zh-Hant")
    s.add_argument("--no-top-sheet", action="store_true", help="Commons: continuation sheets only")
    s.set_defaults(func=cmd_print_sheets)

    f = verbs.add_parser("flyer", help="a QR poster, A5 flyer or A6 cards to the online petition")
    src = f.add_mutually_exclusive_group(required=True)
    src.add_argument("--petition", metavar="ID", help="a petition in the vault")
    src.add_argument("--petition-file", type=Path, metavar="F.toml", help="a petition file")
    f.add_argument("--format", choices=flyers.FORMATS, required=True)
    f.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    f.add_argument("--paper", choices=PAPERS, default="a4", help="for a4-poster and a6-cards")
    f.add_argument("--chinese", choices=CHINESE, default="zh-Hant")
    f.set_defaults(func=cmd_print_flyer)

    n = verbs.add_parser("notice", help="the privacy notice handout shown beside paper sheets")
    src = n.add_mutually_exclusive_group(required=True)
    src.add_argument("--petition", metavar="ID", help="a petition in the vault")
    src.add_argument("--petition-file", type=Path, metavar="F.toml", help="a petition file")
    n.add_argument("--format", choices=notice_pdf.FORMATS, required=True)
    n.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    n.set_defaults(func=cmd_print_notice)

    b = verbs.add_parser("bundle", help="signatures for an MP or council: PDF, CSV, manifest")
    b.add_argument("--petition", required=True, metavar="ID")
    b.add_argument("--recipient", required=True, metavar="NAME")
    b.add_argument("--constituency", default=None, metavar="C", help="only this constituency")
    b.add_argument(
        "--postcode-lookup",
        type=Path,
        default=None,
        metavar="FILE.csv",
        help="the ONS postcode directory (NSPL or ONSPD CSV), as for report",
    )
    b.add_argument(
        "--area-names",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.csv",
        help="a names and codes CSV from the same download (constituencies, wards); repeat",
    )
    b.add_argument("--omit-street", action="store_true", help="leave out street address lines")
    b.add_argument("--cover-template", type=Path, default=None, metavar="FILE.txt")
    b.add_argument("--paper", choices=PAPERS, default="a4")
    b.add_argument("--out", type=Path, required=True, metavar="DIR")
    b.set_defaults(func=cmd_print_bundle)

    sh = sub.add_parser("sheets", help="track printed paper sheets")
    sverbs = sh.add_subparsers(dest="sheets_verb", metavar="WHAT", required=True)
    r = sverbs.add_parser("return", help="mark a sheet returned with its signature count")
    r.add_argument("serial", help="the serial printed on the sheet, e.g. K7PQ-001")
    r.add_argument("--count", type=int, required=True, metavar="N")
    r.add_argument("--city", default=None, help="where the sheet was collected")
    r.add_argument("--correct", action="store_true", help="change an earlier count")
    r.set_defaults(func=cmd_sheets_return)
    rep = sverbs.add_parser("report", help="sheets out, back and missing; signatures per city")
    rep.add_argument("--petition", default=None, metavar="ID")
    rep.set_defaults(func=cmd_sheets_report)
    sheet_scan.register(sverbs)


def _check_out(path: Path) -> None:
    if not path.parent.is_dir():
        raise BadInput("The folder for --out does not exist.")
    if path.is_dir():
        raise BadInput("--out must name a file, not a folder.")


def _warn(petition: Petition) -> None:
    """The petition check's warnings, on stderr, before anything is printed."""
    for w in petition_check.check(petition):
        sys.stderr.write(f"warning: {petition_check.describe(w)}\n")


def cmd_print_sheets(args: argparse.Namespace, ctx: Context) -> int:
    _check_out(args.out)
    service = SheetService(ctx.vault())
    _warn(CaptureService(service.vault).petition(args.petition))
    printed = service.print_sheets(
        args.petition,
        args.count,
        paper=args.paper,
        chinese=args.chinese,
        top_sheet=not args.no_top_sheet,
        out=args.out,
    )
    print(
        f"Printed {len(printed.serials)} sheets to {args.out.name}: "
        f"serials {printed.serials[0]} to {printed.serials[-1]}, registered in the vault."
    )
    return 0


def _flyer_petition(args: argparse.Namespace, ctx: Context) -> Petition:
    if args.petition_file is not None:
        return load_petition(args.petition_file)
    return CaptureService(ctx.vault()).petition(args.petition)


def cmd_print_flyer(args: argparse.Namespace, ctx: Context) -> int:
    _check_out(args.out)
    petition = _flyer_petition(args, ctx)
    atomic_write(args.out, flyers.render(petition, args.format, args.paper, args.chinese))
    print(f"Wrote the {args.format} flyer to {args.out.name}.")
    return 0


def cmd_print_notice(args: argparse.Namespace, ctx: Context) -> int:
    _check_out(args.out)
    petition = _flyer_petition(args, ctx)
    _warn(petition)
    atomic_write(args.out, notice_pdf.render(petition, args.format))
    version = wording.short_version(petition.notice_version())
    print(f"Wrote the {args.format} privacy notice to {args.out.name}: version {version}.")
    return 0


def cmd_print_bundle(args: argparse.Namespace, ctx: Context) -> int:
    bundle.clean_recipient(args.recipient)  # checked before the passphrase is asked
    if args.constituency and args.postcode_lookup is None:
        raise BadInput("--constituency needs --postcode-lookup FILE.csv to know who lives where.")
    request = BundleRequest(
        petition_id=args.petition,
        recipient=args.recipient,
        folder=args.out,
        constituency=args.constituency,
        postcode_lookup=args.postcode_lookup,
        area_names=tuple(args.area_names),
        omit_street=args.omit_street,
        cover_template=args.cover_template,
        paper=args.paper,
    )
    result = BundleService(ctx.vault()).write(request)
    print(f"Wrote a bundle of {result.count} signatures to {args.out}:")
    for name, digest in sorted(result.files.items()):
        print(f"  {name}  sha256 {digest}")
    print(f"  {bundle.MANIFEST_NAME}")
    return 0


def cmd_sheets_return(args: argparse.Namespace, ctx: Context) -> int:
    record = SheetService(ctx.vault()).mark_returned(
        args.serial, args.count, city=args.city, correct=args.correct
    )
    print(f"Sheet {record.serial} marked returned with {record.signature_count} signatures.")
    return 0


def cmd_sheets_report(args: argparse.Namespace, ctx: Context) -> int:
    report = SheetService(ctx.vault()).report(args.petition)
    print(f"Sheets printed: {report.printed}")
    print(f"  back:    {len(report.back)}")
    print(f"  out:     {len(report.out)}" + (f"  ({', '.join(report.out)})" if report.out else ""))
    missing = f"  ({', '.join(report.missing)})" if report.missing else ""
    print(f"  missing: {len(report.missing)}{missing}")
    print(f"Paper signatures on returned sheets: {report.paper_signatures}")
    for city, n in sorted(report.returned_by_city.items()):
        print(f"  {city}: {n}")
    if report.keyed_by_city:
        print("Paper entries typed into the vault, by city:")
        for city, n in sorted(report.keyed_by_city.items()):
            print(f"  {city}: {n}")
    if report.per_sheet:
        print("Returned sheets, count on return against rows typed in:")
        for sheet in report.per_sheet:
            note = "" if sheet.agrees else "  differs: check the sheet"
            print(f"  {sheet.serial}: {sheet.returned} returned, {sheet.typed} typed{note}")
    return 0
