"""The CLI contract, end to end through `stallapp.cli.main` (as a coordinator would type it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.storage import keyfile
from stallapp.storage.keyfile import KdfCost
from stallapp.system.resources import sample_petition_path
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "KdfCost", lambda *a, **k: KdfCost.light())
    monkeypatch.setattr("stallapp.storage.vault.KdfCost", lambda *a, **k: KdfCost.light())


class Cli:
    def __init__(self, folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.argv = ["--data-dir", str(folder), "--passphrase-file", str(secret)]
        self.capsys = capsys

    def __call__(self, *args: str, code: int = 0) -> str:
        self.capsys.readouterr()
        got = main([*self.argv, *args])
        out, err = self.capsys.readouterr()
        assert got == code, (args, out, err)
        return out + err


def _fingerprint(text: str) -> str:
    match = re.search(r"Fingerprint[^:]*: (\d{4}(?: \d{4}){5})", text)
    assert match, text
    return match.group(1)


def test_cli_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    coord = Cli(tmp_path / "coord", secret, capsys)
    stall = Cli(tmp_path / "stall", secret, capsys)
    stick = tmp_path / "stick"
    stick.mkdir()

    coord("init", "--role", "coordinator")
    coord("petition", "add", str(sample_petition_path()))
    shown = coord("keys", "show")
    code = _fingerprint(shown)
    assert "Recipient: age1" in shown
    out = coord("pack", "export", "--out", str(stick / "campaign.pack"))
    assert code in out

    stall("init", "--role", "stall", "--device-name", "coventry-1")
    wrong = "0000 0000 0000 0000 0000 0000"
    out = stall("pack", "import", str(stick / "campaign.pack"), "--fingerprint", wrong, code=2)
    assert "does not match" in out
    out = stall("pack", "import", str(stick / "campaign.pack"), code=2)  # no terminal
    assert "Not confirmed" in out
    stall("pack", "import", str(stick / "campaign.pack"), "--fingerprint", code.replace(" ", ""))
    out = stall("device", "export", "--out", str(stick / "coventry.card"))
    device_code = _fingerprint(out)
    coord("device", "enroll", str(stick / "coventry.card"), "--fingerprint", device_code)
    assert "already" in coord(
        "device", "enroll", str(stick / "coventry.card"), "--fingerprint", device_code
    )

    event = stall(
        "event", "add", "--city", "Coventry", "--location", "Broadgate", "--date", "2026-11-28"
    ).strip()
    receipts = [
        stall(
            "entry",
            "add",
            "--petition",
            "protect-hongkongers-uk",
            "--event",
            event,
            "--name",
            name,
            "--postcode",
            "CV1 1LL",
            "--address",
            "1 Mill Road",
            "--consent",
        ).strip()
        for name in ("Ada Chan", "Bo Wong", "Ada Chan")
    ]
    printed = stall("batch", "export", "--out", str(stick)).strip()
    batch = Path(printed)
    assert batch.parent == stick and batch.suffix == ".stallbatch" and batch.exists()
    assert "Nothing new" in stall("batch", "export", "--out", str(stick))

    (stick / "junk.stallbatch").write_bytes(b"not a batch")
    out = coord("batch", "import", str(batch), str(stick / "junk.stallbatch"), code=2)
    lines = out.strip().splitlines()
    assert lines[0].startswith(f"{batch.name}: imported")
    assert lines[1].startswith("junk.stallbatch: refused: ")
    out = coord("batch", "import", str(batch))
    assert out.strip() == f"{batch.name}: already imported"

    report = json.loads(coord("report", "--json"))
    assert (report["signatures"], report["people"], report["duplicates"]) == (3, 2, 1)
    lookup = tmp_path / "nspl.csv"
    lookup.write_text("postcode,constituency\nCV1 1LL,Coventry South\n")
    by = json.loads(
        coord("report", "--by", "constituency", "--json", "--postcode-lookup", str(lookup))
    )
    assert by["groups"] == [{"group": "Coventry South", "people": 2}]
    assert "Ada" not in json.dumps(by) and "CV1" not in json.dumps(by)
    text = coord("report", "--by", "city")
    assert "Coventry: 2" in text

    out = coord("erase", "--receipt", receipts[1].lower())
    assert "Erased 1" in out
    assert json.loads(coord("report", "--json"))["people"] == 1
    coord("erase", "--receipt", receipts[1], code=2)

    found = re.search(r"\(([0-9a-f]{16})\)", stall("keys", "show", "--no-qr"))
    assert found is not None
    device_id = found.group(1)
    coord("device", "revoke", device_id)
    stall(
        "entry",
        "add",
        "--petition",
        "protect-hongkongers-uk",
        "--event",
        event,
        "--name",
        "Cheuk Lam",
        "--postcode",
        "CV1 1LL",
        "--address",
        "2 Mill Road",
        "--consent",
    )
    later = Path(stall("batch", "export", "--out", str(stick)).strip())
    assert "revoked" in coord("batch", "import", str(later), code=2)

    out = coord("purge", "--petition", "protect-hongkongers-uk", "--yes", code=2)
    assert "cannot be purged before" in out
