"""`stallapp review list|confirm` names the reason of a cross-script near match in words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallapp.system.resources import sample_petition_path
from tests.cli.test_sealing_cli import Cli, _fingerprint, _light_kdf  # noqa: F401 - fixture
from tests.conftest import PASSPHRASE

PETITION = "protect-hongkongers-uk"


def test_review_lists_the_cross_script_reason_and_confirm_merges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    coord = Cli(tmp_path / "coord", secret, capsys)
    stall = Cli(tmp_path / "stall", secret, capsys)
    stick = tmp_path / "stick"
    stick.mkdir()
    coord("init", "--role", "coordinator")
    coord("petition", "add", str(sample_petition_path()))
    code = _fingerprint(coord("pack", "export", "--out", str(stick / "campaign.pack")))
    stall("init", "--role", "stall", "--device-name", "coventry-1")
    stall("pack", "import", str(stick / "campaign.pack"), "--fingerprint", code.replace(" ", ""))
    device_code = _fingerprint(stall("device", "export", "--out", str(stick / "c.card")))
    coord("device", "enroll", str(stick / "c.card"), "--fingerprint", device_code)
    event = stall(
        "event", "add", "--city", "Coventry", "--location", "Broadgate", "--date", "2026-11-28"
    ).strip()
    for name, postcode in (
        ("陳大文", "CV1 1LL"),
        ("CHAN Tai-man", "CV1 2AB"),
        ("Ho Wing", "CV1 1LL"),
    ):
        stall(
            "entry", "add", "--petition", PETITION, "--event", event, "--name", name,
            "--postcode", postcode, "--address", "1 Mill Road", "--consent",
        )  # fmt: skip
    batch = stall("batch", "export", "--out", str(stick)).strip()
    coord("batch", "import", batch)

    listed = coord("review", "list")
    lines = listed.strip().splitlines()
    assert len(lines) == 3, listed
    found = re.match(r"#(\d+) (.*)$", lines[0])
    assert found is not None
    assert found.group(2) == "same name in Chinese and in romanised form"
    assert {lines[1].split(",")[0].strip(), lines[2].split(",")[0].strip()} == {
        "陳大文",
        "CHAN Tai-man",
    }
    assert "merged: the same person" in coord("review", "confirm", found.group(1))
    assert "No near matches" in coord("review", "list")
