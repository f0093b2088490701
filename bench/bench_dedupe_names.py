"""Precision and recall of the coordinator's dedupe on the labelled synthetic name pairs.

    .venv/bin/python bench/bench_dedupe_names.py [--pairs tests/services/data/dedupe_pairs.csv]

Each pair is put through the real code a merge uses: the exact dedupe key (domain/signer.py),
then the near-match search of the postcode area (services/near_search.py). A pair counts as
found when the two would be merged or listed for the coordinator's review. The set is made by
scripts/make_dedupe_pairs.py; the figures go into docs/dedupe.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PAIRS = ROOT / "tests" / "services" / "data" / "dedupe_pairs.csv"


@dataclass(frozen=True)
class Scores:
    true_pos: int
    false_pos: int
    false_neg: int
    true_neg: int
    by_kind: dict[str, tuple[int, int, str]]  # kind -> (found, pairs, label)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 0.0

    @property
    def recall(self) -> float:
        same = self.true_pos + self.false_neg
        return self.true_pos / same if same else 0.0


def found(row: dict[str, str]) -> str | None:
    """How the matcher links the pair ("exact" or the near-match reason), or None."""
    from stallapp.domain.postcode import compact
    from stallapp.domain.signer import clean_name, dedupe_key
    from stallapp.services.near_search import AreaPeople

    key_a = dedupe_key(clean_name(row["name_a"]), row["postcode_a"])
    key_b = dedupe_key(clean_name(row["name_b"]), row["postcode_b"])
    if key_a == key_b:
        return "exact"
    area = AreaPeople()
    area.add(1, key_a.rpartition("|")[0], compact(row["postcode_a"]))
    for _other, reason, _score in area.near(
        2, key_b.rpartition("|")[0], compact(row["postcode_b"])
    ):
        return reason
    return None


def found_before(row: dict[str, str]) -> str | None:
    """The same pair under the matcher before cross-script keys (kept here to compare): the
    exact key, then within the same full postcode only, spacing or a fuzzy score >= 85."""
    from rapidfuzz import fuzz

    from stallapp.domain.signer import clean_name, dedupe_key
    from stallapp.services.name_match import spacing_variant

    key_a = dedupe_key(clean_name(row["name_a"]), row["postcode_a"])
    key_b = dedupe_key(clean_name(row["name_b"]), row["postcode_b"])
    (name_a, _, block_a), (name_b, _, block_b) = key_a.rpartition("|"), key_b.rpartition("|")
    if key_a == key_b:
        return "exact"
    if block_a != block_b:
        return None
    if spacing_variant(name_a.split(), name_b.split()):
        return "spacing"
    return "similar" if fuzz.token_sort_ratio(name_a, name_b) >= 85 else None


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def score(
    rows: list[dict[str, str]], judge: Callable[[dict[str, str]], str | None] = found
) -> Scores:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[str, str] = {}
    for row in rows:
        same = row["same_person"] == "1"
        hit = judge(row) is not None
        counts[("t" if hit == same else "f") + ("p" if hit else "n")] += 1
        kinds[row["kind"]][0] += int(hit)
        kinds[row["kind"]][1] += 1
        labels[row["kind"]] = "same person" if same else "different people"
    by_kind = {k: (v[0], v[1], labels[k]) for k, v in kinds.items()}
    return Scores(counts["tp"], counts["fp"], counts["fn"], counts["tn"], by_kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    args = parser.parse_args()
    from _result import result as emit_result  # bench/ is the script's folder

    rows = load(args.pairs)
    started = time.perf_counter()
    s = score(rows)
    took = time.perf_counter() - started
    print(f"{len(rows)} pairs: {s.true_pos + s.false_neg} same person, "
          f"{s.false_pos + s.true_neg} different people")  # fmt: skip
    print(f"true pos {s.true_pos}, false pos {s.false_pos}, "
          f"false neg {s.false_neg}, true neg {s.true_neg}")  # fmt: skip
    print(f"precision {s.precision:.3f}, recall {s.recall:.3f}  ({took:.1f} s, converters loaded)")
    print("\nby kind (found / pairs):")
    for kind, (hit, total, label) in sorted(s.by_kind.items(), key=lambda kv: kv[1][2]):
        print(f"  {label:17}  {hit:3} / {total:3}  {kind}")
    before = score(rows, found_before)
    print(f"\nbefore cross-script keys: precision {before.precision:.3f}, "
          f"recall {before.recall:.3f}")  # fmt: skip
    emit_result("dedupe name pairs: precision", f"{s.precision:.3f}", f"{before.precision:.3f}")
    emit_result("dedupe name pairs: recall", f"{s.recall:.3f}", f"{before.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
