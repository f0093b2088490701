from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.system.resources import sample_petition_path

PASS = "a long test passphrase"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("STALLAPP_PASSPHRASE", PASS)
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("stallapp: ")
    return lines[0]


def setup_stall(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert run(data, "init", "--role", "stall", "--device-name", "Coventry laptop") == 0
    assert run(data, "petition", "add", str(sample_petition_path())) == 0
    capsys.readouterr()
    assert (
        run(
            data,
            "event",
            "add",
            "--city",
            "Coventry",
            "--location",
            "Broadgate, CV1 1LL",
            "--date",
            "2026-11-28",
            "--start",
            "12:00",
            "--end",
            "14:00",
        )
        == 0
    )
    event_id = capsys.readouterr().out.strip()
    return "protect-hongkongers-uk", event_id


def print_sheet(env: Path, petition: str, capsys: pytest.CaptureFixture[str]) -> str:
    """Print one sheet through the CLI; its serial, registered in the vault."""
    out = env.parent / f"sheets-{petition}.pdf"
    assert (
        run(env, "print", "sheets", "--petition", petition, "--count", "1", "--out", str(out)) == 0
    )
    return capsys.readouterr().out.split("serials ")[1].split(" ")[0]


def test_full_cli_flow(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    petition, event = setup_stall(env, capsys)
    assert event.startswith("ev-")
    serial = print_sheet(env, petition, capsys)
    assert (
        run(
            env,
            "entry",
            "add",
            "--petition",
            petition,
            "--event",
            event,
            "--name",
            "Quentin Marbleworth",
            "--postcode",
            "cv1 1ll",
            "--address",
            "1 High Street, Coventry",
            "--consent",
            "--paper-sheet",
            serial,
            "--row",
            "3",
        )
        == 0
    )
    receipt = capsys.readouterr().out.strip()
    assert len(receipt) == 9 and receipt[4] == "-"
    assert (
        run(
            env,
            "entry",
            "add",
            "--petition",
            petition,
            "--event",
            event,
            "--name",
            "Another Person",
            "--postcode",
            "L1 8JQ",
            "--address",
            "2 Lord Street",
            "--consent",
        )
        == 0
    )
    capsys.readouterr()
    assert run(env, "status", "--json") == 0
    out = capsys.readouterr().out
    info = json.loads(out)
    assert info["role"] == "stall" and info["rehearsal"] is False
    assert info["counts"] == {
        "signatures": 2,
        "kiosk": 1,
        "paper": 1,
        "likely_duplicates": 0,
        "events": 1,
    }
    assert info["petitions"][0]["signatures"] == 2
    assert "Marbleworth" not in out and "High Street" not in out and receipt not in out
    assert run(env, "petition", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["signatures"] == 2


def test_bad_input_exits_2_with_one_line(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    petition, event = setup_stall(env, capsys)
    base = ["entry", "add", "--petition", petition, "--event", event, "--address", "1 A St"]
    cases = [
        [*base, "--name", "=cmd()", "--postcode", "CV1 1LL", "--consent"],
        [*base, "--name", "Ok Name", "--postcode", "ZZ", "--consent"],
        [*base, "--name", "Ok Name", "--postcode", "CV1 1LL"],  # no consent
        [
            "entry",
            "add",
            "--petition",
            "nope",
            "--event",
            event,
            "--name",
            "A B",
            "--postcode",
            "CV1 1LL",
            "--consent",
        ],
        ["event", "add", "--city", "C", "--location", "L", "--date", "28/11/2026"],
        ["petition", "add", str(env / "missing.toml")],
        ["init", "--role", "stall"],  # exists already
    ]
    for args in cases:
        assert run(env, *args) == 2, args
        line = one_error_line(capsys)
        assert "=cmd" not in line
    assert run(env, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["counts"]["signatures"] == 0


def test_wrong_passphrase(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_stall(env, capsys)
    monkeypatch.setenv("STALLAPP_PASSPHRASE", "not the right one")
    assert run(env, "status") == 2
    assert "does not open this vault" in one_error_line(capsys)


def test_passphrase_file(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_stall(env, capsys)
    monkeypatch.delenv("STALLAPP_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    assert main(["--data-dir", str(env), "--passphrase-file", str(secret), "status"]) == 0
    capsys.readouterr()
    # Without any source and no terminal, a clear message rather than a hang.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(env, "status") == 2
    assert "--passphrase-file" in one_error_line(capsys)


def test_no_passphrase_argument_exists(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(env, "--passphrase", PASS, "status")
    assert info.value.code == 2
    assert PASS not in capsys.readouterr().err


def test_rehearse_creates_then_refuses_real_vault(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rehearsal = tmp_path / "rehearsal"
    assert run(rehearsal, "rehearse", "--signatures", "25", "--seed", "3") == 0
    capsys.readouterr()
    assert run(rehearsal, "status", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["rehearsal"] is True and info["counts"]["signatures"] == 25
    setup_stall(env, capsys)
    assert run(env, "rehearse", "--signatures", "5") == 2
    assert "real vault" in one_error_line(capsys)
    assert run(env, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["counts"]["signatures"] == 0


def test_real_process_exit_codes(tmp_path: Path) -> None:
    """The installed entry point: one stderr line, right exit code, no traceback."""
    cmd = [sys.executable, "-m", "stallapp", "--data-dir", str(tmp_path / "none"), "status"]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        env={"STALLAPP_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "no vault" in proc.stderr.lower()


def test_change_passphrase_and_recover(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyrage

    setup_stall(env, capsys)
    identity = pyrage.x25519.Identity.generate()
    assert run(env, "recovery-key", str(identity.to_public())) == 0
    monkeypatch.setenv("STALLAPP_NEW_PASSPHRASE", "second passphrase")
    assert run(env, "passphrase", "change") == 0
    assert run(env, "status") == 2  # the old one no longer opens it
    capsys.readouterr()
    monkeypatch.setenv("STALLAPP_PASSPHRASE", "second passphrase")
    assert run(env, "status") == 0
    # Forgotten: recover with the campaign identity and set a third passphrase.
    ident_file = tmp_path / "identity.txt"
    ident_file.write_text(f"# campaign recovery\n{identity}\n")
    monkeypatch.setenv("STALLAPP_NEW_PASSPHRASE", "third passphrase!")
    assert run(env, "recover", "--identity-file", str(ident_file)) == 0
    monkeypatch.setenv("STALLAPP_PASSPHRASE", "third passphrase!")
    assert run(env, "status", "--json") == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["recovery_key_set"] is True
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(str(pyrage.x25519.Identity.generate()))
    assert run(env, "recover", "--identity-file", str(wrong)) == 2
    one_error_line(capsys)
