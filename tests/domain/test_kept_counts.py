"""The counts a purge keeps: one dimension at a time, small areas folded together, and a
notice that says exactly that."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallapp.domain.errors import PetitionFileError
from stallapp.domain.kept_counts import (
    MIN_AREA_PEOPLE,
    NOTICE_SENTENCE,
    OTHER_AREAS,
    Signed,
    tally,
)
from stallapp.domain.petition import parse_petition
from stallapp.system.resources import sample_petition_path


def _row(person: int | None, ward: str, day: str = "2026-11-28", route: str = "kiosk") -> Signed:
    return Signed(
        person=person,
        route=route,
        city="Leeds",
        event_id="ev-1",
        event_label=f"{day} · Briggate, Leeds",
        day=day,
        constituency="Leeds Central",
        ward=ward,
    )


def test_every_dimension_adds_up_to_the_total_and_nothing_is_crossed() -> None:
    rows = [_row(i, "Big Ward", day=f"2026-11-{28 + i % 2}", route="paper") for i in range(7)]
    rows += [_row(100, "Tiny Ward"), _row(None, "Tiny Ward")]  # a likely duplicate too
    counts = tally("p", rows)
    by_dim: dict[str, list[tuple[str, int, int]]] = {}
    for c in counts:
        by_dim.setdefault(c.dimension, []).append((c.key, c.signatures, c.people))
    assert by_dim["total"] == [("", 9, 8)]
    for dimension, groups in by_dim.items():
        assert sum(g[1] for g in groups) == 9, dimension
    assert ("paper", 7, 7) in by_dim["route"] and ("kiosk", 2, 1) in by_dim["route"]
    # No key mixes two dimensions: a ward is never counted by day, route or event.
    assert {c.dimension for c in counts} == {
        "total",
        "route",
        "city",
        "event",
        "day",
        "constituency",
        "ward",
    }
    assert all("|" not in c.key and "·" not in c.key for c in counts if c.dimension != "event")


def test_an_area_of_fewer_than_five_people_is_folded_into_other_areas() -> None:
    rows = [_row(i, "Big Ward") for i in range(MIN_AREA_PEOPLE)]
    rows += [_row(50, "Tiny Ward"), _row(51, "Small Ward"), _row(52, "Small Ward")]
    wards = {c.key: (c.signatures, c.people) for c in tally("p", rows) if c.dimension == "ward"}
    assert wards == {"Big Ward": (5, 5), OTHER_AREAS: (3, 3)}
    # Days and events are stall-side: kept exactly, even a day with one signer.
    rows.append(_row(53, "Big Ward", day="2026-12-05"))
    days = {c.key: c.signatures for c in tally("p", rows) if c.dimension == "day"}
    assert days == {"2026-11-28": 8, "2026-12-05": 1}


def _sample() -> str:
    return sample_petition_path().read_text(encoding="utf-8")


def test_the_samples_notice_says_what_the_purge_does() -> None:
    petition = parse_petition(_sample())
    assert petition.keep_counts
    for lang in ("en", "zh-Hant", "zh-Hans"):
        text = "".join(petition.privacy_notice.get(lang).split())
        assert "".join(NOTICE_SENTENCE[lang].split()) in text
    assert petition.wording()["keep_counts"] is True  # part of the content hash


def test_keep_counts_without_the_sentence_in_every_language_is_refused() -> None:
    source = _sample().replace(NOTICE_SENTENCE["zh-Hans"], "")
    with pytest.raises(PetitionFileError, match=r"keep_counts.*privacy notice \(zh-Hans\)"):
        parse_petition(source, "p.toml")


def test_the_sentence_without_keep_counts_is_refused() -> None:
    source = _sample().replace("keep_counts = true", "keep_counts = false")
    with pytest.raises(PetitionFileError, match="says counts are kept"):
        parse_petition(source, "p.toml")


def test_a_petition_without_keep_counts_keeps_its_old_hash(tmp_path: Path) -> None:
    """A definition written before kept counts hashes as it did: the flag enters the
    wording only when set."""
    source = _sample().replace("keep_counts = true\n", "")
    source = re.sub(
        r"After that date we keep only counts.*?signature is kept\.\n", "", source, flags=re.S
    )
    for sentence in NOTICE_SENTENCE.values():
        source = source.replace(sentence + "\n", "")
    old = parse_petition(source)
    assert not old.keep_counts and "keep_counts" not in old.wording()
    assert "keep_counts" not in old.to_dict()
