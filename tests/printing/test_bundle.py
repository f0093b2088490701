"""Submission bundles from a real rehearsal vault, checked file by file."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from stallapp.domain.constituency import ConstituencyLookup
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import bundle, wording
from stallapp.printing.bundle_pdf import BundleInfo, cover_text
from stallapp.services import bundle_rows as bundle_source
from stallapp.services.bundle_rows import BundleRow
from stallapp.storage.vault import Vault

PASSPHRASE = "correct horse battery"


def _info(petition: Petition, **kw: object) -> BundleInfo:
    values: dict[str, object] = {
        "petition": petition,
        "recipient": "The Member for Testshire",
        "constituency": None,
        "today": "2026-12-01",
        "cover_template": bundle.default_template(),
    }
    values.update(kw)
    return BundleInfo(**values)  # type: ignore[arg-type]


def test_bundle_files_manifest_and_pdf_content(
    rehearsal_vault: Vault, sample_petition: Petition, tmp_path: Path, pdf
) -> None:
    rows = bundle_source.load_rows(rehearsal_vault, sample_petition.id)
    keys = {r.name + r.postcode for r in rows}
    assert len(keys) == len(rows) and 30 < len(rows) <= 42  # repeat signers listed once
    progress: list[tuple[int, int]] = []
    out = tmp_path / "bundle"
    result = bundle.write_bundle(
        _info(sample_petition), rows, out, lambda d, t: progress.append((d, t))
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [bundle.PDF_NAME, bundle.CSV_NAME, bundle.MANIFEST_NAME]
    )
    assert out.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in out.iterdir())
    for line in (out / bundle.MANIFEST_NAME).read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest == result.files[name]
    assert progress[-1][0] == progress[-1][1] == len(progress)

    path = out / bundle.PDF_NAME
    assert all(emb == "yes" for _, emb in pdf.fonts(path))
    pages = pdf.pages(path)
    assert "The Member for Testshire" in pages[0]
    assert "listofsupporters" in pdf.squash(pages[0])
    assert "notpartofaHouseofCommonspetition" in pdf.squash(pages[0])
    assert "Coventry" in pages[1] and "Leeds" in pages[1]
    signature_pages = pages[2:]
    assert len(signature_pages) == progress[-1][1]
    for page in signature_pages:
        flat = pdf.squash(page)
        assert pdf.squash(wording.prayer(sample_petition, "en")) in flat
        assert pdf.squash(wording.prayer(sample_petition, "zh-Hant")) in flat
        assert "thisisnotaHouseofCommonspaperpetition" in flat
    everything = pdf.squash(" ".join(signature_pages))
    for row in rows:
        assert pdf.squash(row.name) in everything
        assert pdf.squash(row.postcode) in everything

    table = list(csv.reader(io.StringIO((out / bundle.CSV_NAME).read_text("utf-8-sig"))))
    assert table[0] == list(bundle.CSV_COLUMNS)
    assert [r[1] for r in table[1:]] == [r.name for r in rows]
    assert [r[0] for r in table[1:]] == [str(i) for i in range(1, len(rows) + 1)]

    with pytest.raises(BadInput, match="not empty"):
        bundle.write_bundle(_info(sample_petition), rows, out)


def test_minimisation_by_constituency_and_street(
    rehearsal_vault: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    rows = bundle_source.load_rows(rehearsal_vault, sample_petition.id)
    coventry = {r.postcode for r in rows if r.postcode.startswith("CV1 ")}
    lines = ["postcode,constituency", *[f"{p},Coventry South" for p in coventry]]
    lines += [f"{r.postcode},Elsewhere" for r in rows if r.postcode not in coventry]
    lookup = ConstituencyLookup.parse("\n".join(lines))
    chosen = bundle_source.select(rows, lookup, "coventry  south", omit_street=True)
    assert {r.postcode for r in chosen} == coventry
    assert all(r.address_lines == () and r.constituency == "Coventry South" for r in chosen)
    assert len(chosen) == sum(1 for r in rows if r.postcode in coventry)
    everyone = bundle_source.select(rows, lookup)
    assert all(r.address_lines for r in everyone)


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    row = BundleRow(
        "=HYPERLINK(1)", ("+44 Road", "@home"), "-1", "2026-01-01", "Leeds", "paper", None
    )
    table = list(csv.reader(io.StringIO(bundle.csv_bytes([row]).decode("utf-8-sig"))))
    assert table[1][1:4] == ["'=HYPERLINK(1)", "'+44 Road, @home", "'-1"]
    assert bundle.neutralise("plain") == "plain"


def test_cover_template_placeholders(sample_petition: Petition) -> None:
    text = cover_text(_info(sample_petition, constituency="Coventry South"), 1234)
    assert "1,234 signatures" in text and "from the constituency of Coventry South" in text
    assert "$" not in text
    with pytest.raises(BadInput, match=r"\$postcode"):
        cover_text(_info(sample_petition, cover_template="Dear $recipient, $postcode"), 1)
    with pytest.raises(BadInput, match="stray"):
        cover_text(_info(sample_petition, cover_template="costs $ 5"), 1)


def test_empty_selection_and_bad_lookup_are_refused(
    sample_petition: Petition, tmp_path: Path
) -> None:
    with pytest.raises(BadInput, match="nothing"):
        bundle.write_bundle(_info(sample_petition), [], tmp_path / "b")
    with pytest.raises(BadInput, match="line 2"):
        ConstituencyLookup.parse("postcode,constituency\nCV1 1LL\n")
    with pytest.raises(BadInput, match="no postcodes"):
        ConstituencyLookup.parse("postcode,constituency\n")
    with pytest.raises(BadInput, match="recipient"):
        bundle.clean_recipient("   ")
