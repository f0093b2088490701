"""`stallapp batch receipt`, `batch confirm FILE`, `batch received` and
`batch erase-received`, end to end through `stallapp.cli.main` on real vaults."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stallapp.system.resources import sample_petition_path
from tests.cli.test_sealing_cli import Cli, _fingerprint
from tests.cli.test_sealing_cli import _light_kdf as _light_kdf
from tests.conftest import PASSPHRASE


def test_receipt_round_trip_on_the_command_line(
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
    stall("pack", "import", str(stick / "campaign.pack"), "--fingerprint", code)
    device_code = _fingerprint(stall("device", "export", "--out", str(stick / "c.card")))
    coord("device", "enroll", str(stick / "c.card"), "--fingerprint", device_code)
    event = stall(
        "event", "add", "--city", "Coventry", "--location", "Broadgate", "--date", "2026-11-28"
    ).strip()

    def entry(name: str) -> None:
        stall(
            "entry", "add", "--petition", "protect-hongkongers-uk", "--event", event,
            "--name", name, "--postcode", "CV1 1LL", "--address", "1 Mill Road", "--consent",
        )  # fmt: skip

    entry("Ada Chan")
    batch = Path(stall("batch", "export", "--out", str(stick)).strip())
    entry("Bo Wong")
    coord("batch", "import", str(batch))
    assert "No batch has been imported" not in coord("batch", "receipt", "--out", str(stick))
    (receipt,) = stick.glob("*.stallreceipt")
    device_id = re.fullmatch(r"receipt-([0-9a-f]{16})\.stallreceipt", receipt.name)
    assert device_id is not None
    assert "no enrolled device" in coord(
        "batch", "receipt", "--out", str(stick), "--device", "0" * 16, code=2
    )

    tampered = tmp_path / "tampered.stallreceipt"
    data = bytearray(receipt.read_bytes())
    data[-5] ^= 0x01
    tampered.write_bytes(bytes(data))
    out = stall("batch", "confirm", str(tampered), code=2)
    assert out.startswith("stallapp: ") and len(out.strip().splitlines()) == 1
    assert "not yet received" in stall("batch", "received")
    assert "1 sealed, 0 confirmed received" in stall("status")
    assert "waiting for a receipt 1," in stall("status")
    assert "could not be read" in stall("batch", "confirm", str(tmp_path / "absent"), code=2)

    assert "1 of them new" in stall("batch", "confirm", str(receipt))
    assert "confirmed before" in stall("batch", "confirm", str(receipt))
    assert "batch 1\t2026" in stall("batch", "received")
    unknown = stall("erase", "--receipt", "AAAA-AAAA", code=2)
    assert "is in this vault." in unknown and "coordinator" not in unknown  # nothing erased yet
    assert "Not confirmed" in stall("batch", "erase-received", code=2)  # no terminal to ask
    assert "1 signature(s) received" in stall("batch", "erase-received", "--yes")
    assert "nothing to erase" in stall("batch", "erase-received", "--yes")
    states = stall("batch", "received")
    assert "\treceived\t0 on this device\t1 erased" in states
    status = stall("status")
    assert "1 sealed, 1 confirmed received" in status
    assert (
        "waiting for a receipt 0, received and still here 0, erased here after receipt 1" in status
    )
    assert "batches" not in coord("status")  # a coordinator seals no batches
    # Ada's receipt code went with her row: the stall points to the coordinator instead.
    assert "ask the coordinator" in stall("erase", "--receipt", "AAAA-AAAA", code=2)
    batch_two = Path(stall("batch", "export", "--out", str(stick)).strip())
    assert batch_two.exists()  # Bo Wong, never received, was kept and exports now
    assert "cannot be exported again" in stall(
        "batch", "export", "--out", str(stick), "--again", "1", code=2
    )
