"""The purge keeps anonymous counts: the report reads the same before and after, small
areas are folded, only signers who were told are counted, and nothing counts twice."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

from stallapp.cli import main
from stallapp.domain.errors import BadInput
from stallapp.domain.kept_counts import NOTICE_SENTENCE, OTHER_AREAS
from stallapp.domain.petition import Petition, parse_petition
from stallapp.services import reports
from stallapp.services.capture import CaptureService
from stallapp.services.withdrawal import purge_petition
from stallapp.storage import kept_count_store
from stallapp.storage import petitions as petition_store
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from tests.conftest import PASSPHRASE
from tests.support.kept import (
    BIG_WARD,
    CONSTITUENCY,
    after_retention,
    fill,
    lookup_files,
)


def _view(report: reports.Report) -> dict[str, Any]:
    """What a coordinator reads: totals, people per petition, people per group."""
    return {
        "totals": (report.signatures, report.people, report.paper, report.kiosk),
        "petitions": [(p["id"], p["people"]) for p in report.petitions],
        "groups": [(g["group"], g["people"]) for g in report.groups],
    }


def test_the_report_reads_the_same_after_the_purge(
    capture: CaptureService, stall_vault: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    fill(capture, sample_petition)
    nspl, names = lookup_files(tmp_path / "ons")
    lookup = reports.load_lookup(nspl, names, stall_vault.conn)
    before = {by: _view(reports.build(stall_vault.conn, by)) for by in ("city", "event", "day")}
    wards_before = reports.build(stall_vault.conn, "ward", lookup=lookup)

    done = purge_petition(
        stall_vault, sample_petition.id, today=after_retention(sample_petition), lookup=lookup
    )
    assert (done.count, done.kept) == (8, 8)
    assert stall_vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0

    for by, view in before.items():
        after = reports.build(stall_vault.conn, by)
        assert _view(after) == view, by
        assert after.kept_people == 8 and all(g["kept_people"] for g in after.groups)
    # With no lookup now, the wards come from the directory given at the purge.
    wards = {g["group"]: g["people"] for g in reports.build(stall_vault.conn, "ward").groups}
    assert {g["group"]: g["people"] for g in wards_before.groups} == {
        BIG_WARD: 6,
        "Headingley and Hyde Park": 2,
    }
    assert wards == {BIG_WARD: 6, OTHER_AREAS: 2}  # the ward of two is not named
    seats = reports.build(stall_vault.conn, "constituency").groups
    assert [(g["group"], g["people"]) for g in seats] == [(CONSTITUENCY, 8)]
    text = reports.render_text(reports.build(stall_vault.conn, "city"))
    assert f"Petition {sample_petition.id}: 8 of 5000" in text
    assert "(of which 8 from before the purge)" in text
    assert "Kept counts of purged signatures (no personal data): 8 signature(s)" in text


def test_purge_before_the_retention_date_is_refused_and_keeps_nothing(
    capture: CaptureService, stall_vault: Vault, sample_petition: Petition
) -> None:
    fill(capture, sample_petition)
    with pytest.raises(BadInput, match="cannot be purged"):
        purge_petition(stall_vault, sample_petition.id, today=sample_petition.retention_until)
    assert kept_count_store.all_kept(stall_vault.conn) == []
    assert reports.build(stall_vault.conn).signatures == 8


def test_purging_twice_does_not_count_twice(
    capture: CaptureService, stall_vault: Vault, sample_petition: Petition
) -> None:
    fill(capture, sample_petition)
    after = after_retention(sample_petition)
    assert purge_petition(stall_vault, sample_petition.id, today=after).count == 8
    kept = kept_count_store.all_kept(stall_vault.conn)
    again = purge_petition(stall_vault, sample_petition.id, today=after)
    assert (again.count, again.kept) == (0, 0)
    assert kept_count_store.all_kept(stall_vault.conn) == kept
    assert reports.build(stall_vault.conn).signatures == 8


def _untold(petition: Petition) -> Petition:
    """The same petition as written before kept counts: no flag, no sentence."""
    source = sample_path_text().replace("keep_counts = true\n", "")
    source = re.sub(r"After that date we keep only counts.*?is kept\.\n", "", source, flags=re.S)
    for sentence in NOTICE_SENTENCE.values():
        source = source.replace(sentence + "\n", "")
    old = parse_petition(source)
    assert old.id == petition.id and not old.keep_counts
    return old


def sample_path_text() -> str:
    return sample_petition_path().read_text(encoding="utf-8")


def test_signers_whose_notice_did_not_say_so_are_not_counted(
    stall_vault: Vault, sample_petition: Petition
) -> None:
    capture = CaptureService(stall_vault)
    capture.add_petition(_untold(sample_petition))
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-21")
    for i in range(3):
        capture.record(
            sample_petition.id,
            event.id,
            name=f"Told Nothing {i}",
            postcode="LS1 6HP",
            address="1 Mill Road",
            consent=True,
        )
    capture = CaptureService(stall_vault)  # the current wording: counts are kept
    capture.add_petition(sample_petition)
    fill(capture, sample_petition)
    done = purge_petition(stall_vault, sample_petition.id, today=after_retention(sample_petition))
    assert (done.count, done.kept) == (11, 8)
    report = reports.build(stall_vault.conn, "day")
    assert report.signatures == 8
    assert "2026-11-21" not in {g["group"] for g in report.groups}


def test_cli_purge_keeps_counts_and_report_shows_them(
    tmp_path: Path, sample_petition: Petition, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault"
    from stallapp.storage.keyfile import KdfCost

    vault = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(vault)
    capture.add_petition(sample_petition)
    fill(capture, sample_petition)
    past = dataclasses.replace(
        sample_petition, retention_until=sample_petition.retention_until.replace(year=2024)
    )
    with vault.transaction() as tx:  # its retention date has passed since
        petition_store.save(tx, past)
    vault.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    nspl, names = lookup_files(tmp_path / "ons")
    base = ["--data-dir", str(folder), "--passphrase-file", str(secret)]
    area_args = ["--postcode-lookup", str(nspl)] + [
        a for n in names for a in ("--area-names", str(n))
    ]

    assert main([*base, "purge", "--petition", sample_petition.id, "--yes", *area_args]) == 0
    out = capsys.readouterr().out
    assert "Purged 8 signature(s)" in out and "Kept anonymous counts of 8" in out
    assert main([*base, "report", "--by", "ward", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["signatures"] == 8 and data["kept_before_purge"] == {"signatures": 8, "people": 8}
    assert {g["group"]: g["people"] for g in data["groups"]} == {BIG_WARD: 6, OTHER_AREAS: 2}
    assert main([*base, "report"]) == 0
    assert "from before the purge" in capsys.readouterr().out
