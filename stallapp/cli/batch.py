"""Verbs for sealed batches: batch export (stall), batch import and quarantine (coordinator)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli import receipts
from stallapp.cli.context import Context
from stallapp.services import quarantine
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import (
    IMPORTED,
    QUARANTINED,
    REFUSED,
    Importer,
    gaps,
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
    a = bsub.add_parser("quarantine", help="coordinator: batches set aside (forks) and decisions")
    a.set_defaults(func=cmd_batch_quarantine)
    qsub = a.add_subparsers(dest="quarantine_verb", required=False)
    q = qsub.add_parser("list", help="the batches waiting for a decision (the default)")
    q.set_defaults(func=cmd_batch_quarantine)
    q = qsub.add_parser("accept", help="put this batch on its device's chain")
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument(
        "--reason",
        required=True,
        help="why the batch now holding that number is set aside (stored, never logged)",
    )
    q.set_defaults(func=cmd_quarantine_accept)
    q = qsub.add_parser("reject", help="set this batch aside for good")
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument("--reason", required=True, help="why (stored in the vault, never logged)")
    q.set_defaults(func=cmd_quarantine_reject)
    receipts.register(bsub)


def cmd_batch_export(args: argparse.Namespace, ctx: Context) -> int:
    done = export_batch(ctx.vault(), args.out, seq=args.again)
    if done is None:
        print("Nothing new to export: every signature is in a batch already.")
        return 0
    if done.resumed:
        print(
            f"Batch {done.seq} was recorded by an export that did not finish; "
            "it is written now, unchanged. Export again for newer signatures."
        )
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
    found = quarantine.cases(ctx.vault())
    if not found:
        print("No batch is waiting for a decision.")
    for case in found:
        q = case.entry
        b = q.batch
        print(
            f"{q.id}\t{b.batch_id}\tdevice {b.device_id} ({case.device_name})\tbatch {b.seq}\t"
            f"{b.record_count} records\treceived {q.received_at[:16]}\t{q.reason}"
        )
        holder = case.holder
        if holder is not None:
            print(
                f"\tcompeting with the batch {holder.seq} already merged: "
                f"{holder.record_count} records, received {(holder.received_at or '')[:16]}"
            )
    return 0


def _settled_line(done: quarantine.Settled) -> str:
    return (
        f"{done.added} signatures added; {done.released} later batch(es) of that device "
        "imported now that they follow."
    )


def cmd_quarantine_accept(args: argparse.Namespace, ctx: Context) -> int:
    done = quarantine.accept(Importer(ctx.vault()), args.id, args.reason)
    print(f"Accepted quarantined batch {args.id}: {_settled_line(done)}")
    return 0


def cmd_quarantine_reject(args: argparse.Namespace, ctx: Context) -> int:
    done = quarantine.reject(Importer(ctx.vault()), args.id, args.reason)
    print(f"Set quarantined batch {args.id} aside: {_settled_line(done)}")
    return 0
