"""The labelled name pairs: the committed set is what its script makes, it is labelled both
ways, and the precision and recall are computed from it (and quoted in docs/dedupe.md)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "tests" / "services" / "data" / "dedupe_pairs.csv"


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def test_the_committed_set_is_what_the_script_makes() -> None:
    maker = _module(ROOT / "scripts" / "make_dedupe_pairs.py")
    bench = _module(ROOT / "bench" / "bench_dedupe_names.py")
    assert bench.load(PAIRS) == maker.pairs()


def test_precision_and_recall_are_computed_and_quoted() -> None:
    bench = _module(ROOT / "bench" / "bench_dedupe_names.py")
    rows = bench.load(PAIRS)
    labels = {r["same_person"] for r in rows}
    assert labels == {"0", "1"}
    assert len(rows) >= 300 and len({r["kind"] for r in rows}) >= 10
    for row in rows:  # each pair is in one postcode area, as a near match needs
        assert row["postcode_a"].split()[0] == row["postcode_b"].split()[0]
    scores = bench.score(rows)
    total = scores.true_pos + scores.false_pos + scores.false_neg + scores.true_neg
    assert total == len(rows)
    assert scores.true_pos + scores.false_neg == sum(r["same_person"] == "1" for r in rows)
    assert 0 < scores.precision <= 1 and 0 < scores.recall <= 1
    before = bench.score(rows, bench.found_before)
    assert scores.recall > before.recall  # the cross-script keys find what Latin text cannot
    # The figures in docs/dedupe.md are the ones this set gives today.
    doc = (ROOT / "docs" / "dedupe.md").read_text(encoding="utf-8")
    quoted = re.search(r"precision \*\*([0-9.]+)\*\*, recall \*\*([0-9.]+)\*\*", doc)
    assert quoted is not None
    assert quoted.groups() == (f"{scores.precision:.3f}", f"{scores.recall:.3f}")
