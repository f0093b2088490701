"""`stallapp status`: what this vault is and how much it holds. Counts only, no names."""

from __future__ import annotations

import argparse
import json
from typing import Any

from stallapp.cli.context import Context
from stallapp.services.vault_status import collect


def register(sub: Any) -> None:
    p = sub.add_parser("status", help="role, device, petitions and counts (no personal data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    info = collect(ctx.vault())
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    kind = " (rehearsal)" if info["rehearsal"] else ""
    print(f"{info['role']} vault{kind}, device {info['device_id']} ({info['device_name']})")
    for p in info["petitions"]:
        print(f"  {p['id']}: {p['signatures']} signatures")
    for pid in info["broken_petitions"]:
        print(f"  {pid}: cannot be read (replace it with petition add, or petition remove)")
    c = info["counts"]
    print(f"  total {c['signatures']} (kiosk {c['kiosk']}, paper {c['paper']})")
    b = info.get("batches")
    if b is not None:
        print(
            f"  batches: {b['sealed']} sealed, {b['received']} confirmed received by the "
            f"coordinator; signatures waiting for a receipt {b['signatures_awaiting_receipt']}, "
            f"received and still here {b['signatures_received_still_here']}, "
            f"erased here after receipt {b['signatures_erased_after_receipt']}"
        )
    return 0
