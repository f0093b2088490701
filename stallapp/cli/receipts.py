"""Verbs for signed import receipts: batch receipt (coordinator), batch confirm and batch
erase-received (stall)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stallapp.cli.confirm import ask
from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.services.receipt_confirm import confirm_receipt, read_receipt_file
from stallapp.services.receipt_writer import write_receipts
from stallapp.services.received_erasure import batch_states, erasable, erase_received


def register(bsub: Any) -> None:
    """Add the receipt verbs to `stallapp batch`."""
    a = bsub.add_parser("receipt", help="coordinator: write signed import receipts for stalls")
    a.add_argument("--out", type=Path, required=True, metavar="DIR", help="the stick or folder")
    a.add_argument(
        "--device", default=None, metavar="ID", help="only this device (default: every one)"
    )
    a.set_defaults(func=cmd_batch_receipt)
    a = bsub.add_parser("confirm", help="stall: check an import receipt, mark batches received")
    a.add_argument("file", type=Path, metavar="FILE")
    a.set_defaults(func=cmd_batch_confirm)
    a = bsub.add_parser("received", help="stall: each batch, and whether it was received")
    a.set_defaults(func=cmd_batch_received)
    a = bsub.add_parser(
        "erase-received", help="stall: erase the signers whose batch the coordinator received"
    )
    a.add_argument("--yes", action="store_true", help="do not ask")
    a.set_defaults(func=cmd_batch_erase_received)


def cmd_batch_receipt(args: argparse.Namespace, ctx: Context) -> int:
    for done in write_receipts(ctx.vault(), args.out, args.device):
        print(f"{done.path}\tdevice {done.device_id}\t{done.batch_count} batch(es)")
    return 0


def cmd_batch_confirm(args: argparse.Namespace, ctx: Context) -> int:
    done = confirm_receipt(ctx.vault(), read_receipt_file(args.file))
    if done.again:
        print(f"This receipt was confirmed before; its {done.listed} batch(es) are received.")
    else:
        print(
            f"Receipt confirmed: {done.listed} batch(es) received by the coordinator, "
            f"{done.newly_received} of them new."
        )
    return 0


def cmd_batch_received(args: argparse.Namespace, ctx: Context) -> int:
    states = batch_states(ctx.vault())
    if not states:
        print("No batch exported yet.")
    for b in states:
        state = "received" if b.received else "not yet received"
        print(
            f"batch {b.seq}\t{b.created_at[:10]}\t{b.record_count} signatures\t{state}\t"
            f"{b.on_device} on this device\t{b.erased} erased"
        )
    return 0


def cmd_batch_erase_received(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.vault()
    count = erasable(vault)
    if count == 0:
        print("No received signer is left on this device: nothing to erase.")
        return 0
    if not args.yes and not ask(
        f"Erase {count} signature(s) the coordinator confirmed receiving from this device?",
        refuse_hint="Add --yes to erase them without asking.",
    ):
        raise BadInput("Not confirmed; nothing was erased.")
    done = erase_received(vault)
    print(f"{done.count} signature(s) received by the coordinator erased from this device.")
    return 0
