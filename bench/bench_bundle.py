"""Bench: a submission bundle of 10,000 synthetic signatures, simplified vs raw strokes.

Builds a rehearsal vault in a temporary folder, fills it with synthetic signers
(stallapp.services.rehearsal), then renders the bundle PDF twice from the same rows: with strokes
simplified to within 0.2 mm (what stallapp ships) and with every captured point (the
baseline). Each variant runs --repeat times, alternating; the best CPU time counts (the machine
is shared, so wall time is noisy). Prints times, file sizes and their ratios.

    .venv/bin/python bench/bench_bundle.py [--signatures 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from _result import result

from stallapp.domain.petition import load_petition
from stallapp.printing import bundle, bundle_pdf, inkvector
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.services import bundle_rows as bundle_source
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatures", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    args = parser.parse_args()
    petition = load_petition(sample_petition_path())
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
        rows = bundle_source.load_rows(vault, petition.id)
        print(f"{len(rows)} rows ready in {time.perf_counter() - t0:.1f} s")
        info = BundleInfo(
            petition,
            "Bench Recipient",
            None,
            date.today().isoformat(),
            bundle.default_template(),
        )
        variants = (
            ("baseline (raw strokes)", None),
            ("simplified 0.2 mm", inkvector.TOLERANCE),
        )
        best: dict[str, tuple[float, int]] = {}
        for round_ in range(args.repeat):
            for label, tolerance in variants:
                start, cpu = time.perf_counter(), time.process_time()
                data = bundle_pdf.render(info, rows, tolerance=tolerance)
                wall = time.perf_counter() - start
                elapsed = time.process_time() - cpu
                print(
                    f"run {round_ + 1}: {label:24s} cpu {elapsed:6.1f} s  wall {wall:6.1f} s  "
                    f"{len(data) / 1e6:6.2f} MB"
                )
                if label not in best or elapsed < best[label][0]:
                    best[label] = (elapsed, len(data))
        vault.lock()
    (base_t, base_s), (simp_t, simp_s) = best.values()
    print(f"best of {args.repeat} (CPU): baseline {base_t:.1f} s, simplified {simp_t:.1f} s")
    print(f"time ratio simplified/baseline: {simp_t / base_t:.2f}")
    print(f"size ratio simplified/baseline: {simp_s / base_s:.2f}")
    result(
        f"bundle of {args.signatures} signatures: CPU time",
        f"{simp_t:.1f} s",
        f"unsimplified strokes {base_t:.1f} s",
        round(simp_t / base_t, 2),
    )
    result(
        f"bundle of {args.signatures} signatures: PDF size",
        f"{simp_s / 1e6:.2f} MB",
        f"unsimplified strokes {base_s / 1e6:.2f} MB",
        round(simp_s / base_s, 2),
    )


if __name__ == "__main__":
    main()
