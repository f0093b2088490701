"""Exact matches merge on import; near matches wait, with a reason, for confirm or reject."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services import dedupe, reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.storage import audit
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


def _merge(make_stall, petition: Petition, coordinator: Vault, tmp_path: Path, people) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    for name, code, email in people:
        sign(a, petition.id, name, code, email=email)
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == "imported"


def test_near_matches_are_listed_with_reasons(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merge(
        make_stall,
        sample_petition,
        coordinator,
        tmp_path,
        [
            ("Chan Tai Man", "CV1 1LL", None),
            ("Chan TaiMan", "CV1 1LL", None),  # spacing
            ("Wong Siu Ming", "L1 8JQ", "wsm@example.org"),
            ("Wong Siu Ming", "L1 8JQ", "other@example.org"),  # same key, emails differ
            ("Lee Ka Yan", "B5 4QR", None),
            ("Lee Ka Yin", "B5 4QR", None),  # typo
            ("Lee Ka Yan", "B5 4QR", "LKY@Example.org"),  # exact: joins, email learnt
            ("Ho Wing", "S1 2AB", None),  # unrelated
        ],
    )
    reasons = sorted(m.reason.split(" (")[0] for m in dedupe.pending(coordinator.conn))
    assert reasons == [
        "same name and postcode, different email",
        "same name apart from spacing",
        "similar name",
    ]
    report = reports.build(coordinator.conn)
    assert (report.signatures, report.people, report.near_matches_open) == (8, 7, 3)


def test_confirm_merges_and_reject_keeps_apart_both_recorded(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merge(
        make_stall,
        sample_petition,
        coordinator,
        tmp_path,
        [
            ("Chan Tai Man", "CV1 1LL", None),
            ("Chan TaiMan", "CV1 1LL", None),
            ("Lee Ka Yan", "B5 4QR", None),
            ("Lee Ka Yin", "B5 4QR", None),
        ],
    )
    spacing, typo = sorted(dedupe.pending(coordinator.conn), key=lambda m: m.reason)
    assert {spacing.a.name, spacing.b.name} == {"Chan Tai Man", "Chan TaiMan"}
    with coordinator.transaction() as tx:
        dedupe.decide(tx, spacing.id, confirm=True)
        dedupe.decide(tx, typo.id, confirm=False)
    assert dedupe.pending(coordinator.conn) == []
    assert reports.build(coordinator.conn).people == 3
    decided = coordinator.conn.execute("SELECT decision FROM near_matches ORDER BY id").fetchall()
    assert sorted(r[0] for r in decided) == ["confirmed", "rejected"]
    events = [e for e in audit.entries(coordinator.conn) if e.event == "near_match_decided"]
    assert [e.detail["confirmed"] for e in events] == [True, False]
    with pytest.raises(BadInput), coordinator.transaction() as tx:
        dedupe.decide(tx, typo.id, confirm=True)
