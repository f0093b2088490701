"""The printing verbs end to end through stallapp.cli.main, on a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.domain.petition import Petition
from stallapp.domain.petition_toml import to_toml
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def cli(tmp_path: Path, sample_petition: Petition):  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    vault = Vault.create(
        folder, PASSPHRASE, role="coordinator", rehearsal=True, cost=KdfCost.light()
    )
    service = CaptureService(vault)
    service.add_petition(sample_petition)
    event = service.add_event(city="Leeds", location="Rehearsal", day="2026-11-28")
    rehearsal.generate(vault, sample_petition, event.id, 15, seed=3)
    vault.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")

    def run(*args: str) -> int:
        return main(["--data-dir", str(folder), "--passphrase-file", str(secret), *args])

    run.folder = folder  # type: ignore[attr-defined]
    return run


def test_print_sheets_then_return_and_report(
    cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheets.pdf"
    assert (
        cli(
            "print",
            "sheets",
            "--petition",
            "protect-hongkongers-uk",
            "--count",
            "3",
            "--out",
            str(out),
            "--paper",
            "letter",
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    printed = capsys.readouterr().out
    vault = Vault.unlock(cli.folder, PASSPHRASE)
    serials = [r.serial for r in sheet_store.all_sheets(vault.conn)]
    vault.lock()
    assert len(serials) == 3 and serials[0] in printed and serials[-1] in printed

    assert cli("sheets", "return", serials[0], "--count", "4", "--city", "Leeds") == 0
    assert cli("sheets", "return", serials[0], "--count", "4") == 2
    assert "already marked" in capsys.readouterr().err
    assert cli("sheets", "report") == 0
    report = capsys.readouterr().out
    assert "Sheets printed: 3" in report and "back:    1" in report and "Leeds: 4" in report


def test_print_flyer_from_vault_and_from_file(
    cli, tmp_path: Path, sample_petition: Petition, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cards.pdf"
    assert (
        cli(
            "print",
            "flyer",
            "--petition",
            sample_petition.id,
            "--format",
            "a6-cards",
            "--out",
            str(out),
        )
        == 0
    )
    assert out.stat().st_size > 1000
    source = tmp_path / "p.toml"
    source.write_text(
        to_toml(sample_petition).replace(
            'online_url = "https://example.org/petitions/protect-hongkongers"\n', ""
        ),
        encoding="utf-8",
    )
    assert (
        cli(
            "print",
            "flyer",
            "--petition-file",
            str(source),
            "--format",
            "a5",
            "--out",
            str(tmp_path / "a5.pdf"),
        )
        == 2
    )
    assert "no online_url" in capsys.readouterr().err
    assert not (tmp_path / "a5.pdf").exists()


def test_print_bundle_cli(cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lookup = tmp_path / "lookup.csv"
    lookup.write_text("postcode,constituency\nLS1 1AA,Leeds Central\n")
    out = tmp_path / "bundle"
    assert (
        cli(
            "print",
            "bundle",
            "--petition",
            "protect-hongkongers-uk",
            "--recipient",
            "A Member",
            "--out",
            str(out),
        )
        == 0
    )
    assert "15 signatures" in capsys.readouterr().out
    assert (out / "MANIFEST.sha256").exists()
    assert (
        cli(
            "print",
            "bundle",
            "--petition",
            "protect-hongkongers-uk",
            "--recipient",
            "A Member",
            "--constituency",
            "Leeds Central",
            "--out",
            str(tmp_path / "b2"),
        )
        == 2
    )
    assert "--postcode-lookup" in capsys.readouterr().err
    code = cli(
        "print",
        "bundle",
        "--petition",
        "protect-hongkongers-uk",
        "--recipient",
        "A",
        "--constituency",
        "Nowhere",
        "--postcode-lookup",
        str(lookup),
        "--out",
        str(tmp_path / "b3"),
    )
    assert code == 2 and "nothing" in capsys.readouterr().err
    assert not (tmp_path / "b3").exists()
