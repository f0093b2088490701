"""Sealed bytes per signature, against a 1-bit PNG of the same ink.

    .venv/bin/python bench/bench_sealed.py [--size 1000] [--ink zigzag]

A rehearsal stall seals one batch of synthetic signatures (with ink) for an enrolled
coordinator, as at the end of a stall day; its file size per signature is compared with the
mean size of each signature's ink drawn as a 1-bit PNG (Pillow, pad size at one pixel per
pad unit, a 2-pixel line, optimised): what a picture of the signature would cost instead.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _result import result
from _zigzag_ink import use_zigzag
from bench_merge import PASSPHRASE, prepare
from PIL import Image, ImageDraw

from stallapp.domain import ink as inklib
from stallapp.storage.vault import Vault


def png_bytes(ink: inklib.Ink) -> int:
    image = Image.new("1", (max(1, round(ink.width)), max(1, round(ink.height))), 1)
    draw = ImageDraw.Draw(image)
    for stroke in ink.strokes:
        points = [(p.x, p.y) for p in stroke]
        if len(points) == 1:
            draw.point(points, fill=0)
        else:
            draw.line(points, fill=0, width=2, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return len(out.getvalue())


def _best_us(work: Callable[[Any], object], items: list[Any]) -> float:
    """CPU microseconds per item of `work`, the best of five passes."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - start)
    return best / len(items) * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument(
        "--ink",
        choices=("pad", "zigzag"),
        default="pad",
        help="pad: rehearsal handwriting (the headline); zigzag: the ink of earlier passes",
    )
    args = parser.parse_args()
    if args.ink == "zigzag":
        use_zigzag()
    os.umask(0o077)
    with tempfile.TemporaryDirectory(prefix="stallapp-bench-") as tmp:
        work = Path(tmp)
        prepare(work, 1, args.size, 1)
        [sealed] = list((work / "batches").glob("*.stallbatch"))
        per_signature = sealed.stat().st_size / args.size
        stall = Vault.unlock(work / "stall-0", PASSPHRASE)
        blobs = [r[0] for r in stall.conn.execute("SELECT ink FROM signatures").fetchall()]
        stall.lock()
    inks = [inklib.decode(b) for b in blobs]
    encode_us = _best_us(inklib.encode, inks)
    decode_us = _best_us(lambda b: inklib.decode_grid(b, xy_only=True), blobs)
    pngs = [png_bytes(inklib.decode(b)) for b in blobs]
    png = sum(pngs) / len(pngs)
    ink = sum(len(b) for b in blobs) / len(blobs)
    ratio = per_signature / png
    points = sum(inklib.decode(b).point_count for b in blobs) / len(blobs)
    print(f"sealed batch of {args.size}: {per_signature:.0f} bytes per signature")
    print(f"ink:                       {args.ink}, {points:.0f} points a signature")
    versions = sorted({b[4] for b in blobs})
    print(
        f"ink blob as stored:        {ink:.0f} bytes (encoding version "
        f"{', '.join(map(str, versions))}: delta columns,"
    )
    print("                           left for the batch's gzip to compress)")
    print(f"1-bit PNG of the same ink: {png:.0f} bytes (mean)")
    print(f"ink.encode (the kiosk):    {encode_us:.1f} us a signature (CPU, best of 5)")
    print(f"decode_grid(xy_only=True): {decode_us:.1f} us a signature (CPU, best of 5; the bundle)")
    print(f"ratio sealed/PNG:          {ratio:.2f}")
    result(
        "sealed bytes per signature (batch of 1000, with ink)",
        f"{per_signature:.0f} B",
        f"1-bit PNG of the same ink {png:.0f} B",
        round(ratio, 2),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
