"""Verbs for sealed batches: batch export (stall), batch import and quarantine (coordinator)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli.context import Context
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import (
    IMPORTED,
    QUARANTINED,
    REFUSED,
    Importer,
    gaps,
    quarantined,
)


def register(sub: Any) -> None:
    p = sub.add_parser("batch", help="sealed batches of signatures")
    bsub = p.add_subparsers(dest="batch_verb", required=True)
    a = bsub.add_parser("export", help="stall: seal every signature not yet exported")
    a.add_argument("--out", type=Path, required=True, metavar="DIR")
    a.add_argument(
        "--again", type=int, default=None, metavar="N", help="re-export batch N (a lost stick)"
    )
    a.set_defaults(func=cmd_batch_export)
    a = bsub.add_parser("import", help="coordinator: verify and merge batch files or folders")
    a.add_argument("files", type=Path, nargs="+", metavar="FILE")
    a.set_defaults(func=cmd_batch_import)
    a = bsub.add_parser("quarantine", help="coordinator: batches set aside (forks)")
    a.set_defaults(func=cmd_batch_quarantine)


def cmd_batch_export(args: argparse.Namespace, ctx: Context) -> int:
    done = export_batch(ctx.vault(), args.out, seq=args.again)
    if done is None:
        print("Nothing new to export: every signature is in a batch already.")
        return 0
    print(done.path)
    if not done.unchanged:
        print(
            "Note: a signature of this batch was erased since it was first sealed, so this "
            "copy differs; the coordinator will set it aside."
        )
    return 0


def cmd_batch_import(args: argparse.Namespace, ctx: Context) -> int:
    importer = Importer(ctx.vault())
    results = importer.import_files(args.files)
    for path, outcome in results:
        print(outcome.line(path.name))
    for line in gaps(ctx.vault()):
        print(f"Missing: {line}")
    statuses = {o.status for _, o in results}
    if not results:
        print("No batch files found.")
        return 2
    if statuses <= {IMPORTED, "already imported"}:
        return 0
    return 2 if REFUSED in statuses or QUARANTINED in statuses else 0


def cmd_batch_quarantine(args: argparse.Namespace, ctx: Context) -> int:
    for batch_id, device_id, seq, reason in quarantined(ctx.vault()):
        print(f"{batch_id}\tdevice {device_id}\tbatch {seq}\t{reason}")
    return 0
