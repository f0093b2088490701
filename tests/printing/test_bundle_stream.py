"""The bundle never holds every signature's ink at once: rows are listed without it and the
renderer reads each page's ink as it draws it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.printing import bundle, bundle_pdf
from stallapp.services.bundle_rows import ink_reader, load_rows, with_ink
from stallapp.services.bundles import BundleRequest, BundleService
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault


def test_the_bundle_reads_ink_a_page_at_a_time(
    rehearsal_vault: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    """Rows are listed without their ink; the renderer reads each page's ink as it draws
    it, and the PDF is the one drawn from rows that held all their ink up front."""
    rows = load_rows(rehearsal_vault, sample_petition.id)
    assert rows and all(r.ink is None for r in rows)
    drawn: dict[tuple[str, str], bytes] = {}
    for sig in signature_store.iter_all(rehearsal_vault.conn):  # in order: the first is listed
        if sig.ink:
            drawn.setdefault((sig.name, sig.postcode), sig.ink)
    assert sum(r.ink_id is not None for r in rows) == len(drawn) > 10
    full = with_ink(rehearsal_vault, rows)
    assert {(r.name, r.postcode): r.ink for r in full if r.ink} == drawn

    pages: list[list[int]] = []
    read = ink_reader(rehearsal_vault)

    def reader(ids: list[int]) -> dict[int, bytes]:
        pages.append(ids)
        return read(ids)

    service = BundleService(rehearsal_vault)
    request = BundleRequest(sample_petition.id, "The Member", tmp_path / "b", today=date.today())
    info, _lookup = service.check(request)
    whole = bundle_pdf.render(info, full)
    assert bundle_pdf.render(info, rows, inks=reader) == whole
    assert len(pages) > 1 and max(len(ids) for ids in pages) < len(drawn)  # a page at a time
    assert bundle_pdf.render(info, rows) != whole  # without the reader no ink is drawn
    service.write(request)
    assert (tmp_path / "b" / bundle.PDF_NAME).read_bytes() == whole
