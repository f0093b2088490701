"""Bench: a submission bundle of 10,000 synthetic signatures against naive ReportLab drawing.

Builds a rehearsal vault in a temporary folder, fills it with synthetic signers
(stallapp.services.rehearsal), then renders the bundle PDF from the same rows in variants:
- baseline (naive ReportLab): the same document, each signature drawn as one ReportLab path
  object with a moveTo per stroke and a lineTo per captured point, default settings, each
  cell's text with `drawString`, and the page furniture (headings, prayer, column titles,
  rules) redrawn on every page;
- shipped: `bundle_pdf.render` as it is (each signature drawn straight from its stored blob
  by `inkpage.PageInk.add_blob`, simplified within 0.2 mm on an integer grid, a page's
  signatures written as one block);
- no ink: the pages without signatures (text as shipped, furniture forms, fonts,
  compression): the floor that ink drawing cannot go under.
Each variant runs --repeat times, interleaved; the best CPU time counts (the machine is
shared, so wall time is noisy).

    .venv/bin/python bench/bench_bundle.py [--signatures 10000] [--repeat 2] [--ink zigzag]

The signatures' ink is the rehearsal's handwriting (smooth strokes sampled at the pad's
event rate); `--ink zigzag` draws the synthetic ink of the first four passes instead, whose
strokes zig-zag point to point, to compare with the figures recorded then.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from _result import result
from _zigzag_ink import use_zigzag
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain import ink as inklib
from stallapp.domain.ink import Ink
from stallapp.domain.petition import Petition, load_petition
from stallapp.printing import bundle, bundle_pdf, fonts, pagetext
from stallapp.printing.bundle_furniture import RULE_WIDTH, Furniture
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.printing.inkpage import PageInk
from stallapp.printing.pagetext import PageText
from stallapp.services import bundle_rows as bundle_source
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path


def naive_draw(
    canvas: Canvas, ink: Ink, x: float, y: float, w: float, h: float, tolerance: object = None
) -> int:
    """One path per signature, a lineTo per point, ReportLab's defaults."""
    pad_w, pad_h = max(ink.width, 1.0), max(ink.height, 1.0)
    scale = min(w / pad_w, h / pad_h)
    path = canvas.beginPath()
    for stroke in ink.strokes:
        for i, p in enumerate(stroke):
            px, py = x + p.x * scale, y + (pad_h - p.y) * scale
            if i == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
    canvas.drawPath(path, stroke=1, fill=0)
    return ink.point_count


def _naive_text(
    self: PageText, x: float, y: float, text: str, size: float, bold: bool = False
) -> float:
    """Each cell drawn at once with ReportLab's drawString (the naive document)."""
    return fonts.draw(self.canvas, x, y, text, size, bold)


def _naive_fitted(self: PageText, x: float, y: float, text: str, size: float, room: float) -> None:
    """Each cell fitted with `fonts.fit` and drawn with drawString (the naive document)."""
    fonts.draw(self.canvas, x, y, fonts.fit(text, size, room), size)


def _naive_place(self: Furniture, canvas: Canvas, rows: int) -> None:
    """The page furniture redrawn on every page, no forms (the naive document)."""
    self.draw_head(canvas)
    canvas.setLineWidth(RULE_WIDTH)
    self.draw_rules(canvas, rows)


@contextmanager
def patched(draw_blob: Callable[..., int] | None, naive: bool = False) -> Iterator[None]:
    """Swap what bundle_pdf calls to draw a signature (and, naive, the furniture)."""
    old = PageInk.add_blob
    old_define, old_place = Furniture.define, Furniture.place
    old_text, old_fit, old_fitted = PageText.add, pagetext.fit, PageText.add_fitted
    try:
        if draw_blob is not None:
            PageInk.add_blob = draw_blob  # type: ignore[method-assign]
        if naive:
            Furniture.define = lambda self, canvas: None  # type: ignore[method-assign]
            Furniture.place = _naive_place  # type: ignore[method-assign]
            PageText.add = _naive_text  # type: ignore[method-assign]
            PageText.add_fitted = _naive_fitted  # type: ignore[method-assign]
            pagetext.fit = fonts.fit
        yield
    finally:
        PageInk.add_blob = old  # type: ignore[method-assign]
        Furniture.define, Furniture.place = old_define, old_place  # type: ignore[method-assign]
        PageText.add, pagetext.fit = old_text, old_fit  # type: ignore[method-assign]
        PageText.add_fitted = old_fitted  # type: ignore[method-assign]


_decode = inklib.decode


def _naive_from_blob(
    page: PageInk, blob: bytes, x: float, y: float, w: float, h: float, tolerance: float
) -> int:
    return naive_draw(page.canvas, _decode(blob), x, y, w, h)


VARIANTS: dict[str, Callable[..., int] | None] = {
    "naive ReportLab": _naive_from_blob,
    "shipped": None,
    "no ink": lambda *a, **k: 0,
}


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure_memory(folder: Path) -> None:
    """In the child: peak memory after imports, after loading the rows, after rendering."""
    petition = load_petition(sample_petition_path())
    bundle_pdf.render(BundleInfo(petition, "R", None, "2026-11-28", bundle.default_template()), [])
    start = _max_rss_mib()
    vault = Vault.unlock(folder / "v", "bench passphrase")
    rows = bundle_source.load_rows(vault, petition.id)  # listed fields only, no ink
    loaded = _max_rss_mib()
    reader = bundle_source.ink_reader(vault)
    ink = 0

    def inks(ids: list[int]) -> dict[int, bytes]:  # what the bundle service passes
        nonlocal ink
        found = reader(ids)
        ink += sum(len(b) for b in found.values())
        return found

    info = BundleInfo(petition, "R", None, date.today().isoformat(), bundle.default_template())
    data = bundle_pdf.render(info, rows, inks=inks)
    vault.lock()
    print(
        f"peak memory (max RSS), {len(rows)} rows: {start:.0f} MiB after imports, "
        f"{loaded:.0f} MiB with the rows listed (no ink), "
        f"{_max_rss_mib():.0f} MiB after rendering, ink read a page at a time "
        f"({ink / 2**20:.0f} MiB of ink in all; {len(data) / 1e6:.1f} MB PDF)"
    )


def _memory(petition: Petition, signatures: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "v", "bench passphrase", role="coordinator", rehearsal=True,
            cost=KdfCost.light(),
        )  # fmt: skip
        service = CaptureService(vault)
        service.add_petition(petition)
        event = service.add_event(city="Coventry", location="Bench", day="2026-11-28")
        for start in range(0, signatures, 10_000):  # in parts, to keep this process small
            count = min(10_000, signatures - start)
            rehearsal.generate(vault, petition, event.id, count, seed=42 + start)
        vault.lock()
        subprocess.run(
            [sys.executable, __file__, "--memory-of", tmp], check=True, env=os.environ.copy()
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatures", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    parser.add_argument(
        "--ink",
        choices=("pad", "zigzag"),
        default="pad",
        help="pad: rehearsal handwriting sampled as the pad samples (the headline); "
        "zigzag: the synthetic ink of the first four passes (bench/_zigzag_ink.py)",
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="instead: the peak memory (max RSS) of loading the rows and rendering the "
        "bundle once, in a fresh process, for --signatures signers",
    )
    parser.add_argument("--memory-of", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        _measure_memory(args.memory_of)
        return
    if args.ink == "zigzag":
        use_zigzag()
    petition = load_petition(sample_petition_path())
    if args.memory:
        _memory(petition, args.signatures)
        return
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "v",
            "bench passphrase",
            role="coordinator",
            rehearsal=True,
            cost=KdfCost.light(),
        )
        service = CaptureService(vault)
        service.add_petition(petition)
        event = service.add_event(city="Coventry", location="Bench", day="2026-11-28")
        t0 = time.perf_counter()
        rehearsal.generate(vault, petition, event.id, args.signatures, seed=42)
        rows = bundle_source.with_ink(vault, bundle_source.load_rows(vault, petition.id))
        print(f"{len(rows)} rows ready in {time.perf_counter() - t0:.1f} s ({args.ink} ink)")
        vault.lock()
    info = BundleInfo(
        petition, "Bench Recipient", None, date.today().isoformat(), bundle.default_template()
    )
    best: dict[str, tuple[float, int]] = {}
    for round_ in range(args.repeat):
        for label, draw in VARIANTS.items():
            with patched(draw, naive=label == "naive ReportLab"):
                start, cpu = time.perf_counter(), time.process_time()
                data = bundle_pdf.render(info, rows)
                wall = time.perf_counter() - start
                elapsed = time.process_time() - cpu
            print(
                f"run {round_ + 1}: {label:16s} cpu {elapsed:6.1f} s  wall {wall:6.1f} s  "
                f"{len(data) / 1e6:6.2f} MB"
            )
            if label not in best or elapsed < best[label][0]:
                best[label] = (elapsed, len(data))
    base_t, base_s = best["naive ReportLab"]
    for label, (t, size) in best.items():
        print(
            f"best {label:16s} cpu {t:6.1f} s ({t / base_t:.2f}x)  "
            f"{size / 1e6:6.2f} MB ({size / base_s:.2f}x)"
        )
    n = args.signatures
    for label, figure in (("shipped", "as shipped"),):
        t, size = best[label]
        result(
            f"bundle of {n} signatures, {figure}: CPU time",
            f"{t:.1f} s",
            f"naive ReportLab {base_t:.1f} s",
            round(t / base_t, 2),
        )
        result(
            f"bundle of {n} signatures, {figure}: PDF size",
            f"{size / 1e6:.2f} MB",
            f"naive ReportLab {base_s / 1e6:.2f} MB",
            round(size / base_s, 2),
        )
    t, size = best["no ink"]
    result(
        f"bundle of {n} signatures without ink (the floor): CPU time",
        f"{t:.1f} s",
        f"naive ReportLab {base_t:.1f} s",
        round(t / base_t, 2),
    )


if __name__ == "__main__":
    main()
