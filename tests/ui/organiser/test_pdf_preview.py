"""Print preview: pages shown, printed through a real QPrinter (to a PDF file), saved."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from stallapp.domain.petition import Petition
from stallapp.printing import sheet_pdf as sheets
from stallapp.ui.organiser.pdf_preview import PdfPreview


def _pdf(petition: Petition, n: int) -> bytes:
    plan = [
        sheets.Sheet(f"UI00-{i:03d}", k) for i, k in enumerate(sheets.kinds_for(petition, n), 1)
    ]
    return sheets.render(petition, plan).pdf


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def test_preview_prints_every_page_and_saves(
    qtbot, jobs, sample_petition: Petition, tmp_path: Path
) -> None:
    data = _pdf(sample_petition, 2)
    chosen = tmp_path / "chosen"
    preview = PdfPreview(jobs, ask_save_path=lambda parent, name: str(chosen))
    qtbot.addWidget(preview)
    assert not preview.print_button.isEnabled()
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        preview.set_pdf(data)
    assert preview.page_count() == 2 and preview.print_button.isEnabled()

    # The physical printer is the one thing mocked: QPrinter writes a PDF file instead.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(preview.printed, timeout=30_000) as sent:
        preview.print_to(printer)
    assert sent.args == [2]
    assert _pages(printed) == 2

    with qtbot.waitSignal(preview.saved, timeout=30_000) as saved:
        preview.save_button.click()
    assert saved.args == ["chosen.pdf"]
    assert (tmp_path / "chosen.pdf").read_bytes() == data
    assert (tmp_path / "chosen.pdf").stat().st_mode & 0o077 == 0


def test_preview_reports_a_file_that_is_not_a_pdf(qtbot, jobs) -> None:
    preview = PdfPreview(jobs)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.failed) as failed:
        preview.set_pdf(b"not a pdf at all")
    assert "not a readable PDF" in failed.args[0]
    assert preview.page_count() == 0 and not preview.save_button.isEnabled()
