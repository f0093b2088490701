"""One person signing at two stalls in two scripts, or two postcodes of one area, waits for
the coordinator as one near match with the reason in words; different people who share a
surname and an area are never merged."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services import dedupe, near_keys, reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.name_match import (
    CROSS_SCRIPT,
    CROSS_SCRIPT_EXTRA,
    SAME_AREA,
    TRADITIONAL_SIMPLIFIED,
)
from stallapp.services.withdrawal import erase_receipt
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


def _day(make_stall, petition: Petition, coordinator: Vault, tmp_path: Path, stalls) -> None:  # type: ignore[no-untyped-def]
    """Each stall signs its people, exports, and the coordinator imports every batch."""
    for n, people in enumerate(stalls):
        stall = make_stall(f"stall-{n}")
        for name, code in people:
            sign(stall, petition.id, name, code)
        out = tmp_path / f"stick-{n}"
        out.mkdir()
        done = export_batch(stall.vault, out)
        assert done is not None
        assert Importer(coordinator).import_file(done.path).status == "imported"


def _pairs(coordinator: Vault) -> dict[frozenset[str], str]:
    return {frozenset((m.a.name, m.b.name)): m.reason for m in dedupe.pending(coordinator.conn)}


def test_same_person_in_two_scripts_at_two_stalls_is_one_near_match(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _day(
        make_stall,
        sample_petition,
        coordinator,
        tmp_path,
        [
            [("陳大文", "CV1 1LL"), ("歐陽志強", "CV1 5FB")],
            [
                ("CHAN Tai-man", "CV1 1LL"),
                ("Au Yeung Chi Keung", "CV1 5FB"),
                ("陈大文", "CV1 1LL"),  # Simplified
            ],
        ],
    )
    pairs = _pairs(coordinator)
    assert pairs == {
        frozenset(("陳大文", "CHAN Tai-man")): CROSS_SCRIPT,
        frozenset(("陳大文", "陈大文")): TRADITIONAL_SIMPLIFIED,
        frozenset(("CHAN Tai-man", "陈大文")): CROSS_SCRIPT,
        frozenset(("歐陽志強", "Au Yeung Chi Keung")): CROSS_SCRIPT,
    }
    # Nothing was merged by itself: five signatures, five people, until a coordinator decides.
    report = reports.build(coordinator.conn)
    assert (report.signatures, report.people, report.near_matches_open) == (5, 5, 4)
    match = next(m for m in dedupe.pending(coordinator.conn) if m.a.name == "歐陽志強")
    dedupe.review(coordinator, match.id, confirm=True)
    assert reports.build(coordinator.conn).people == 4


def test_near_matches_are_searched_across_the_outward_code_only(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _day(
        make_stall,
        sample_petition,
        coordinator,
        tmp_path,
        [
            [("Chan Tai Man", "CV1 1LL"), ("李嘉欣", "CV1 2AB")],
            [
                ("Tai Man Chan", "CV1 2AB"),  # same area, other postcode
                ("Chan Tai Man", "CV10 1AA"),  # CV10 is another area
                ("Peter Lee Ka Yan", "CV1 3HS"),
                ("Lee Ka Yan", "B5 4QR"),  # another city
            ],
        ],
    )
    pairs = _pairs(coordinator)
    assert pairs == {
        frozenset(("Chan Tai Man", "Tai Man Chan")): SAME_AREA,
        frozenset(("李嘉欣", "Peter Lee Ka Yan")): CROSS_SCRIPT_EXTRA,
    }
    # Exact matching is still by the whole postcode: nobody was joined to anybody.
    assert reports.build(coordinator.conn).people == 6


def test_different_people_with_a_common_surname_in_one_area_are_not_merged(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _day(
        make_stall,
        sample_petition,
        coordinator,
        tmp_path,
        [
            [("陳大文", "CV1 1LL"), ("Wong Siu Ming", "CV1 2AB"), ("陳美玲", "CV1 3HS")],
            [("Chan Ka Ho", "CV1 1LL"), ("黃小明", "CV1 4AG"), ("Chan Wing Yan", "CV1 2AB")],
        ],
    )
    pairs = _pairs(coordinator)
    # 黃小明 is read Wong Siu Ming: one near match. The Chans are three different people.
    assert pairs == {frozenset(("Wong Siu Ming", "黃小明")): CROSS_SCRIPT}
    assert reports.build(coordinator.conn).people == 6


def _keys(coordinator: Vault) -> list[str]:
    return [r[0] for r in coordinator.conn.execute("SELECT key FROM person_keys")]


def test_search_keys_go_with_their_person(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A merged or erased person leaves no romanised key of their name behind."""
    stall = make_stall("stall-0")
    first = sign(stall, sample_petition.id, "陳大文", "CV1 1LL")
    sign(stall, sample_petition.id, "Chan Tai Man", "CV1 2AB")
    sign(stall, sample_petition.id, "Ho Wing", "CV1 3HS")
    done = export_batch(stall.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == "imported"
    assert any(k.startswith("s:chan") for k in _keys(coordinator))  # 陳's spellings
    (match,) = dedupe.pending(coordinator.conn)
    dedupe.review(coordinator, match.id, confirm=True)
    assert "w:chan" not in _keys(coordinator)  # the merged person's words went with it
    erase_receipt(coordinator, first, whole_person=True)
    # Only the other signer's keys are left: nothing of 陳大文 / Chan Tai Man.
    # (The name key itself is not stored since schema 10: persons_key answers it.)
    assert sorted(_keys(coordinator)) == sorted(
        k for k in near_keys.stored("ho wing") if not k.startswith("n:")
    )
    assert not any("chan" in k or "陳" in k for k in _keys(coordinator))
