"""`stallapp sheets scan IMAGE... [--count N ...]`: returned sheets read from pictures.

The same decode, match and return steps as the organiser screen's camera scan
(services/sheet_scan.py). Without --count each picture's sheet is only reported; with one
--count per picture (in the same order) every sheet is marked returned, or, if any picture
is not a sheet that is still out, none is.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.services import sheet_scan
from stallapp.services.sheet_scan import GrayFrame, Seen, SheetScanner
from stallapp.services.sheet_tracking import SheetService


def register(sverbs: Any) -> None:
    sc = sverbs.add_parser(
        "scan", help="read returned sheets' serial QR codes from pictures (the camera extra)"
    )
    sc.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="a photo or scan")
    sc.add_argument(
        "--count",
        type=int,
        action="append",
        default=None,
        metavar="N",
        help="the signature count written on the sheet; once per IMAGE, in order",
    )
    sc.add_argument("--city", default=None, help="where the sheets were collected")
    sc.set_defaults(func=cmd_sheets_scan)


def cmd_sheets_scan(args: argparse.Namespace, ctx: Context) -> int:
    if not sheet_scan.scanning_available():
        raise BadInput(sheet_scan.EXTRA_MISSING)
    counts: list[int] | None = args.count
    if counts is not None and len(counts) != len(args.images):
        raise BadInput("Give one --count per picture, in the same order as the pictures.")
    # The pictures are read and decoded before the vault is opened (or the passphrase asked).
    frames: list[GrayFrame] = []
    for path in args.images:
        if not path.is_file():
            raise BadInput(f"There is no picture file called {path.name}.")
        frames.append(sheet_scan.read_image_file(path))
    decoded = [sheet_scan.decode(frame) for frame in frames]
    scanner = SheetScanner(SheetService(ctx.vault()))
    results = [scanner.identify(payloads) for payloads in decoded]
    for path, result in zip(args.images, results, strict=True):
        print(f"{path.name}: {result.message}")
    if counts is None:
        return 0 if all(r.seen is Seen.SHEET for r in results) else 1
    serials = [r.serial for r in results]
    if any(r.seen is not Seen.SHEET for r in results):
        raise BadInput("Nothing was marked returned: every picture must show a sheet still out.")
    if len(set(serials)) != len(serials):
        raise BadInput("Nothing was marked returned: the same sheet is in two pictures.")
    for result, count in zip(results, counts, strict=True):
        if not 0 <= count <= result.rows:
            raise BadInput(
                f"Nothing was marked returned: {result.serial} has {result.rows} rows, "
                f"so its count must be 0 to {result.rows}."
            )
    for result, count in zip(results, counts, strict=True):
        record = scanner.mark_returned(result.serial, count, city=args.city)
        print(f"Sheet {record.serial} marked returned with {record.signature_count} signatures.")
    return 0
