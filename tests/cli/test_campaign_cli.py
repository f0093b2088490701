"""`stallapp pack show`, a refused pack from another key, and `stallapp pack switch`."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.services.batch_export import export_batch
from stallapp.services.campaign_pack import export_pack, read_pack
from stallapp.services.keys import load_keys
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out + err


def test_show_refuse_and_switch(
    make_stall, coordinator: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    export_batch(a.vault, tmp_path)
    a.vault.lock()
    other = Vault.create(
        tmp_path / "other",
        PASSPHRASE,
        role="coordinator",
        device_name=coordinator.device_name,
        cost=KdfCost.light(),
    )
    from stallapp.storage import petitions as petition_store

    with other.transaction() as tx:
        for p in petition_store.all_current(coordinator.conn):
            petition_store.save(tx, p)
    pack_file = tmp_path / "other.pack"
    pack_file.write_bytes(export_pack(other))
    new_code = read_pack(pack_file.read_bytes()).fingerprint
    old_code = load_keys(coordinator).fingerprint("coordinator")
    other.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    base = ["--data-dir", str(tmp_path / "stall-a"), "--passphrase-file", str(secret)]

    code, shown = run([*base, "pack", "show"], capsys)
    assert code == 0 and old_code in shown and "signing" in shown and "recovery" in shown
    code, out = run([*base, "pack", "import", str(pack_file), "--fingerprint", new_code], capsys)
    assert code == 2 and old_code in out and new_code in out and "Nothing was imported" in out
    assert run([*base, "pack", "show"], capsys)[1] == shown
    wrong = "0000 0000 0000 0000 0000 0000"
    code, out = run([*base, "pack", "switch", str(pack_file), "--fingerprint", wrong], capsys)
    assert code == 2 and run([*base, "pack", "show"], capsys)[1] == shown
    code, out = run([*base, "pack", "switch", str(pack_file), "--fingerprint", new_code], capsys)
    assert code == 0, out
    assert old_code in out and new_code in out
    code, shown = run([*base, "pack", "show"], capsys)
    assert new_code in shown and old_code not in shown
