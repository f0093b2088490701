"""`stallapp rehearse`: synthetic signers in a rehearsal vault, for training and benchmarks."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from stallapp.cli.context import Context
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import load_petition
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path

MAX_SIGNATURES = 1_000_000


def register(sub: Any) -> None:
    p = sub.add_parser("rehearse", help="add synthetic signers to a rehearsal vault")
    p.add_argument("--signatures", type=int, required=True, metavar="N")
    p.add_argument("--petition", default=None, help="petition id (default: the first one)")
    p.add_argument("--event", default=None, help="event id (default: a new rehearsal event)")
    p.add_argument("--seed", type=int, default=None, help="for repeatable data")
    p.add_argument(
        "--repeat-rate", type=float, default=0.0, help="share of signers who sign twice (0 to 1)"
    )
    p.add_argument("--city", default="Coventry", help="city of the new rehearsal event")
    p.set_defaults(func=cmd_rehearse)


def cmd_rehearse(args: argparse.Namespace, ctx: Context) -> int:
    if not 1 <= args.signatures <= MAX_SIGNATURES:
        raise BadInput(f"--signatures must be between 1 and {MAX_SIGNATURES}.")
    if not 0.0 <= args.repeat_rate <= 1.0:
        raise BadInput("--repeat-rate must be between 0 and 1.")
    if Vault.exists(ctx.data_dir):
        vault = ctx.vault()
    else:
        vault = ctx.adopt(
            Vault.create(
                ctx.data_dir,
                ctx.passphrase(),
                role="stall",
                device_name="rehearsal",
                rehearsal=True,
            )
        )
        print(f"Created a rehearsal stall vault, device {vault.device_id}.")
    service = CaptureService(vault)
    if not vault.rehearsal:
        raise BadInput(
            "This is a real vault; rehearse only adds synthetic signers to a rehearsal vault."
        )
    petitions = service.petitions()
    if not petitions:
        service.add_petition(load_petition(sample_petition_path()))
        petitions = service.petitions()
    petition = service.petition(args.petition) if args.petition else petitions[0]
    if args.event:
        event_id = service.event(args.event).id
    else:
        event_id = service.add_event(
            city=args.city,
            location="Rehearsal stall",
            day=date.today().isoformat(),
            start="12:00",
            end="14:00",
            group_name="Rehearsal",
        ).id
    rehearsal.generate(
        vault, petition, event_id, args.signatures, seed=args.seed, repeat_rate=args.repeat_rate
    )
    print(f"Added {args.signatures} synthetic signers to {petition.id} (event {event_id}).")
    return 0
