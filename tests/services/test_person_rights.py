"""Signers' rights by name and postcode, for paper and kiosk rows alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services import person_rights, reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.storage import audit
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


@pytest.fixture
def merged(make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    pid = sample_petition.id
    a = make_stall("stall-a", "Coventry")
    b = make_stall("stall-b", "Leeds")
    sign(a, pid, "Ada Chan", "CV1 1LL")  # kiosk
    sign(b, pid, "chan  ADA", "cv11ll", origin="paper", sheet_serial="LD-001", sheet_row=4)
    sign(a, pid, "Ada Chen", "CV1 1LL")  # a near match: another person or a typo
    sign(a, pid, "Bo Wong", "CV1 2AB")
    files = []
    importer = Importer(coordinator)
    for stall in (a, b):
        done = export_batch(stall.vault, tmp_path)
        assert done is not None
        assert importer.import_file(done.path).status == "imported"
        files.append(done.path)
    return coordinator, files


def test_find_lists_exact_then_near_without_addresses(merged) -> None:  # type: ignore[no-untyped-def]
    vault, _files = merged
    found = person_rights.find(vault, "Ada  CHAN", "cv1 1ll")
    assert [(m.exact, m.signatures, m.paper, m.kiosk) for m in found] == [
        (True, 2, 1, 1),
        (False, 1, 0, 1),
    ]
    assert found[1].name == "Ada Chen"
    assert "1 Mill Road" not in repr(found)  # no address in a listing
    assert person_rights.find(vault, "Nobody Here", "CV1 1LL") == []
    with pytest.raises(BadInput, match="postcode"):
        person_rights.find(vault, "Ada Chan", " ")


def test_erase_a_person_everywhere_and_it_stays_erased(merged) -> None:  # type: ignore[no-untyped-def]
    vault, files = merged
    (ada, _near) = person_rights.find(vault, "Ada Chan", "CV1 1LL")
    assert person_rights.count_of(vault, ada.person_id) == 2
    assert person_rights.erase(vault, ada.person_id) == 2
    names = {s.name for s in signature_store.iter_all(vault.conn)}
    assert names == {"Ada Chen", "Bo Wong"}
    entry = [e for e in audit.entries(vault.conn) if e.event == "person_erased"][-1]
    assert entry.detail == {"count": 2, "exported": 0}
    assert reports.build(vault.conn).signatures == 2
    # The same batches imported again (e.g. from another stick) do not bring Ada back.
    with vault.transaction() as tx:
        tx.execute("DELETE FROM batches_in")
    for path in files:
        Importer(vault).import_file(path)
    assert {s.name for s in signature_store.iter_all(vault.conn)} == names
    with pytest.raises(BadInput, match="No person"):
        person_rights.erase(vault, ada.person_id)
    with pytest.raises(BadInput, match="looks like"):
        person_rights.erase(vault, "Ada")


def test_export_writes_pdf_and_json_privately(merged, tmp_path: Path, pdf) -> None:  # type: ignore[no-untyped-def]
    vault, _files = merged
    (ada, _near) = person_rights.find(vault, "Ada Chan", "CV1 1LL")
    out = tmp_path / "for-ada"
    written = person_rights.export(vault, ada.person_id, out)
    assert sorted(p.name for p in written) == ["your-data.json", "your-data.pdf"]
    assert out.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in written)
    doc = json.loads((out / "your-data.json").read_text("utf-8"))
    assert [s["origin"] for s in doc["signatures"]] == ["kiosk", "paper"]
    assert doc["signatures"][1]["how_consent_was_given"].startswith("paper sheet; notice")
    assert doc["signatures"][0]["address_lines"] == ["1 Mill Road"]
    text = pdf.squash("\n".join(pdf.pages(out / "your-data.pdf")))
    assert pdf.squash("Ada Chan") in text and pdf.squash("1 Mill Road") in text
    assert pdf.squash("LD-001, row 4") in text
    with pytest.raises(BadInput, match="not empty"):
        person_rights.export(vault, ada.person_id, out)


def test_works_on_a_stall_vault_too(make_stall, sample_petition: Petition) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-c")
    sign(stall, sample_petition.id, "Cheuk Lam", "LS1 6HP", origin="paper",
         sheet_serial="LS-002", sheet_row=1)  # fmt: skip
    (found,) = person_rights.find(stall.vault, "Cheuk Lam", "LS1 6HP")
    assert (found.paper, found.kiosk) == (1, 0)
    assert person_rights.erase(stall.vault, found.person_id) == 1
    assert signature_store.iter_all(stall.vault.conn) == []
