"""One machine-readable line per figure, collected by scripts/bench_all.py (`make bench`)."""

from __future__ import annotations

import json


def result(figure: str, value: str, baseline: str = "", ratio: float | None = None) -> None:
    line = {"figure": figure, "value": value, "baseline": baseline, "ratio": ratio}
    print("RESULT " + json.dumps(line, ensure_ascii=False), flush=True)
