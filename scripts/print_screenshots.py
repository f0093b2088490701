"""Regenerate docs/screenshots/print/: every printed page type in A4 and US Letter, and
the organiser, preview and bundle screens. Synthetic data only.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/print_screenshots.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from stallapp.domain import ink as inklib
from stallapp.domain.petition import Petition, Texts, load_petition
from stallapp.domain.signer import consent_record
from stallapp.printing import bundle, bundle_pdf, flyers, notice_pdf, person_pdf
from stallapp.printing import sheet_pdf as sheets
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.printing.person_pdf import HeldSignature, PersonRecord
from stallapp.services import rehearsal
from stallapp.services.bundle_rows import BundleRow
from stallapp.system.resources import resource, sample_petition_path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "print"
DPI = "70"


def png(pdf: bytes, name: str, first: int = 1, last: int | None = None) -> None:
    """Write pages first..last of the PDF as name.png (or name-N.png for several)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        last = last or first
        args = ["pdftoppm", "-r", DPI, "-png", "-f", str(first), "-l", str(last)]
        if first == last:
            subprocess.run([*args, "-singlefile", str(src), str(OUT / name)], check=True)
        else:
            subprocess.run([*args, str(src), str(OUT / name)], check=True)


def synthetic_rows(n: int) -> list[BundleRow]:
    rng = random.Random(11)
    cities = ("Coventry", "Leeds", "Sheffield", "Liverpool")
    rows = []
    for i in range(n):
        who = rehearsal.person(rng)
        paper = i % 9 == 8
        rows.append(
            BundleRow(
                who.name,
                (who.address,),
                who.postcode,
                f"2026-11-{21 + i % 3}",
                cities[i % len(cities)],
                "paper" if paper else "kiosk",
                None if paper else inklib.encode(rehearsal.ink(rng)),
                sheet_serial="K7PQ-003" if paper else None,
                sheet_row=i % 14 + 1 if paper else None,
                constituency=("Coventry South", "Leeds Central", None)[i % 3],
            )
        )
    return rows


def printed_pages() -> None:
    petition = load_petition(sample_petition_path())
    commons = load_petition(resource("petitions", "commons-city-diplomacy.toml"))
    council = load_petition(resource("petitions", "council-sheffield.toml"))
    png(notice_pdf.render(commons, "a5"), "notice-commons-a5", 1, 3)
    png(notice_pdf.render(council, "a6"), "notice-sheffield-a6", 1, 3)
    for paper in ("a4", "letter"):
        plan = [sheets.Sheet("K7PQ-001", "top"), sheets.Sheet("K7PQ-002", "continuation")]
        pdf = sheets.render(commons, plan, paper).pdf
        png(pdf, f"sheet-commons-top-{paper}", 1)
        png(pdf, f"sheet-commons-continuation-{paper}", 2)
        pdf = sheets.render(council, [sheets.Sheet("M2XR-001", "full")], paper).pdf
        png(pdf, f"sheet-council-{paper}", 1)
        png(flyers.render(petition, "a4-poster", paper), f"flyer-poster-{paper}")
        png(flyers.render(petition, "a6-cards", paper), f"flyer-a6-cards-{paper}")
        info = BundleInfo(
            petition, "Jane Smith MP", None, "2026-11-30", bundle.default_template(), paper
        )
        pdf = bundle_pdf.render(info, synthetic_rows(40))
        png(pdf, f"bundle-cover-{paper}", 1)
        png(pdf, f"bundle-summary-{paper}", 2)
        png(pdf, f"bundle-signatures-{paper}", 3)
    png(flyers.render(petition, "a5"), "flyer-a5")
    council_bundle(council)
    person_export()


def council_bundle(council: Petition) -> None:
    """A Sheffield bundle: organiser block, the council's request, live/work/study, wards,
    the council e-petition count shown apart."""
    rows = [
        replace(
            row,
            connection=("live", "work", "study", None)[i % 4],
            ward=("City (synthetic)", "Broomhill (synthetic)", None)[i % 3],
            constituency=("Sheffield Central (synthetic)", "Sheffield Hallam (synthetic)")[i % 2],
        )
        for i, row in enumerate(synthetic_rows(30))
    ]
    info = BundleInfo(
        council,
        "Sheffield City Council, Democratic Services",
        None,
        "2026-11-30",
        bundle.default_template(),
        "a4",
        lookup_release="NSPL_SYNTH_2026_UK",
        council_epetition=(812, "2026-11-29"),
    )
    pdf = bundle_pdf.render(info, rows)
    png(pdf, "bundle-council-cover-a4", 1)
    png(pdf, "bundle-council-summary-a4", 2)
    png(pdf, "bundle-council-signatures-a4", 3)


def person_export() -> None:
    """The copy of one (synthetic) signer's data, for them."""
    rng = random.Random(5)  # noqa: S311 (synthetic data)
    who = rehearsal.person(rng)
    held = [
        HeldSignature(
            "sheffield-anshan-chengdu",
            "End Sheffield's sister-city ties with Anshan and Chengdu",
            "Sheffield City Council",
            who.name,
            (who.address,),
            who.postcode,
            "GB",
            None,
            "en",
            origin,
            consent_record(origin, "3f" * 32),
            "3f" * 32,
            "2026-11-28T12:31:00Z",
            False,
            "live",
            serial,
            row,
            "2026-11-28T12:31:00Z",
            "2026-11-28 12:00-14:00 · Fargate, Sheffield",
            "7KQ2-M9XD",
            inklib.encode(rehearsal.ink(rng)) if origin == "kiosk" else None,
        )
        for origin, serial, row in (("kiosk", None, None), ("paper", "M2XR-001", 4))
    ]
    record = PersonRecord(
        "P17", "2026-12-01T10:00:00Z", ("Hong Kongers in Britain Stall Network (sample)",
        "privacy@example.org"), tuple(held),
    )  # fmt: skip
    png(person_pdf.render(record), "person-export-a4", 1)


def screens() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTranslator
    from PySide6.QtWidgets import QApplication

    from stallapp.ui.jobs import JobRunner
    from stallapp.ui.organiser.organiser_screen import OrganiserScreen
    from stallapp.ui.organiser.pdf_preview import PdfPreview

    app = QApplication.instance() or QApplication(sys.argv)
    jobs = JobRunner()
    petition = load_petition(sample_petition_path())
    for lang in ("en", "zh_Hant"):
        translator = QTranslator()
        translator.load(str(resource("translations", f"stallapp_organiser_{lang}.qm")))
        QCoreApplication.installTranslator(translator)
        screen = OrganiserScreen(jobs, print_sheets=lambda p, n, paper, progress: b"")
        screen.resize(1400, 900)
        screen.set_petition(
            replace(
                petition,
                title=Texts(
                    {"en": petition.title.get("en"), "zh-Hant": petition.title.get("zh-Hant")}
                ),
            )
        )
        screen.grab().save(str(OUT / f"organiser-{lang}.png"))
        QCoreApplication.removeTranslator(translator)
    preview = PdfPreview(jobs)
    plan = [sheets.Sheet("K7PQ-001", "top"), sheets.Sheet("K7PQ-002", "continuation")]
    drawn = QEventLoop()
    preview.shown.connect(drawn.quit)
    preview.set_pdf(sheets.render(petition, plan).pdf)
    drawn.exec()  # the pages are drawn by a job
    preview.resize(560, 760)
    preview.grab().save(str(OUT / "print-preview.png"))
    vault_screens(petition)
    del app


def vault_screens(petition: Petition) -> None:
    """The bundle and sheet tracking panels, on a throwaway rehearsal vault."""
    from stallapp.services.capture import CaptureService
    from stallapp.services.sheet_tracking import SheetService
    from stallapp.storage.keyfile import KdfCost
    from stallapp.storage.vault import Vault
    from stallapp.ui.organiser.bundle_panel import BundlePanel
    from stallapp.ui.organiser.sheets_panel import SheetsPanel

    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "v",
            "screenshot only",
            role="coordinator",
            rehearsal=True,
            cost=KdfCost.light(),
        )
        service = CaptureService(vault)
        service.add_petition(petition)
        event = service.add_event(city="Coventry", location="Rehearsal", day="2026-11-28")
        rehearsal.generate(vault, petition, event.id, 12, seed=1)
        sheets_service = SheetService(vault)
        serials = sheets_service.print_sheets(petition.id, 6).serials
        sheets_service.mark_returned(serials[0], 6, city="Coventry")
        sheets_service.mark_returned(serials[1], 14, city="Leeds")
        panel = SheetsPanel(sheets_service)
        panel.resize(520, 420)
        panel.grab().save(str(OUT / "sheets-panel.png"))
        from PySide6.QtWidgets import QWidget

        from stallapp.services.bundles import BundleService
        from stallapp.ui.jobs import JobRunner

        owner = QWidget()
        bundle_panel = BundlePanel(BundleService(vault), JobRunner(owner), petition)
        bundle_panel.recipient.setText("Jane Smith MP")
        bundle_panel.folder.setText(str(Path(tmp) / "bundle"))
        bundle_panel.resize(620, 360)
        bundle_panel.progress.setRange(0, 10)
        bundle_panel.progress.setValue(4)
        bundle_panel.grab().save(str(OUT / "bundle-panel.png"))
        vault.lock()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    printed_pages()
    screens()
    print(f"Wrote {len(list(OUT.glob('*.png')))} images to {OUT}")


if __name__ == "__main__":
    main()
