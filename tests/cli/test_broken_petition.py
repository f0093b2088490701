"""A stored petition that no longer loads (written by an older, laxer stallapp) is named and
skipped, and can be replaced or removed; it never locks the vault."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from stallapp.domain.petition import content_hash, load_petition
from stallapp.storage import petitions as petition_store
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from tests.cli.test_basic_cli import PASS, env, one_error_line, run, setup_stall

__all__ = ["env"]
BROKEN = "broken-petition"
SAMPLE = "protect-hongkongers-uk"


def store_broken(data: Path, petition_id: str = BROKEN) -> None:
    """What an older stallapp did: a datetime accepted as the retention date, stored as
    text that a strict loader refuses."""
    good = load_petition(sample_petition_path())
    bad = replace(good, id=petition_id, retention_until=datetime(2027, 12, 31))  # type: ignore[arg-type]
    bad = replace(bad, content_hash=content_hash(bad))
    vault = Vault.unlock(data, PASS)
    try:
        with vault.transaction() as tx:
            petition_store.save(tx, bad)
    finally:
        vault.lock()


def fixed_file(tmp_path: Path, petition_id: str) -> Path:
    text = sample_petition_path().read_text(encoding="utf-8")
    out = tmp_path / "fixed.toml"
    out.write_text(text.replace(f'id = "{SAMPLE}"', f'id = "{petition_id}"'), encoding="utf-8")
    return out


def test_datetime_retention_is_refused_at_add(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(env, "init", "--role", "stall") == 0
    text = sample_petition_path().read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("2027-12-31", "2027-12-31T00:00:00"), encoding="utf-8")
    capsys.readouterr()
    assert run(env, "petition", "add", str(bad)) == 2
    line = one_error_line(capsys)
    assert "retention_until" in line and "without a time" in line
    run(env, "petition", "list", "--json")
    assert json.loads(capsys.readouterr().out) == []


def test_broken_petition_is_named_skipped_and_removable(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    petition_id, event_id = setup_stall(env, capsys)
    store_broken(env)
    assert run(env, "status") == 0
    out = capsys.readouterr().out
    assert f"{BROKEN}: cannot be read" in out and f"{SAMPLE}: 0 signatures" in out
    assert run(env, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["broken_petitions"] == [BROKEN]
    # Capture for the other petition goes on.
    args = ["entry", "add", "--petition", petition_id, "--event", event_id]
    assert (
        run(
            env,
            *args,
            "--name",
            "Ada Chan",
            "--postcode",
            "CV1 1LL",
            "--address",
            "1 High St",
            "--consent",
        )
        == 0
    )
    capsys.readouterr()
    # An entry for the broken one says which id is broken, in one line.
    args = ["entry", "add", "--petition", BROKEN, "--event", event_id]
    assert run(env, *args, "--name", "Bo Li", "--postcode", "CV1 1LL", "--consent") == 2
    assert f"'{BROKEN}' cannot be read" in one_error_line(capsys)
    assert run(env, "report", "--json") == 0
    capsys.readouterr()
    assert run(env, "petition", "list") == 0
    err = capsys.readouterr().err
    assert BROKEN in err and "Traceback" not in err
    # Removing asks first; there is no terminal here, so it refuses without --yes.
    assert run(env, "petition", "remove", BROKEN) == 2
    assert "Not confirmed" in one_error_line(capsys)
    assert run(env, "petition", "remove", BROKEN, "--yes") == 0
    capsys.readouterr()
    assert run(env, "status", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["broken_petitions"] == []
    assert [p["id"] for p in info["petitions"]] == [SAMPLE]
    # A petition with signatures is not removed.
    assert run(env, "petition", "remove", SAMPLE, "--yes") == 2
    assert "has signatures" in one_error_line(capsys)


def test_broken_petition_is_replaced_by_a_good_file_with_its_id(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_stall(env, capsys)
    store_broken(env)
    assert run(env, "petition", "add", str(fixed_file(tmp_path, BROKEN))) == 0
    assert "added" in capsys.readouterr().out
    assert run(env, "status", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["broken_petitions"] == []
    assert sorted(p["id"] for p in info["petitions"]) == sorted([SAMPLE, BROKEN])


def test_pack_export_skips_a_broken_petition(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(env, "init", "--role", "coordinator") == 0
    assert run(env, "petition", "add", str(sample_petition_path())) == 0
    store_broken(env)
    capsys.readouterr()
    assert run(env, "pack", "export", "--out", str(tmp_path / "campaign.pack")) == 0
    assert (tmp_path / "campaign.pack").stat().st_size > 0
    assert run(env, "report", "--json") == 0
