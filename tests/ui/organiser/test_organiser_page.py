"""Organiser tools in the main window: opened from the volunteer page, wired to the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.ui.organiser.page import OrganiserPage
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.support.kiosk_driver import unlock


def open_organiser(window) -> OrganiserPage:  # type: ignore[no-untyped-def]
    volunteer = window.pages["volunteer"]
    assert isinstance(volunteer, VolunteerPage)
    QTest.mouseClick(volunteer.organiser, Qt.MouseButton.LeftButton)
    assert window.current_page() == "organiser"
    page = window.pages["organiser"]
    assert isinstance(page, OrganiserPage)
    return page


def test_organiser_tools_print_and_register_sheets(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    page = open_organiser(window)
    assert page.editor is not None
    petition = page.editor.current_petition()
    assert petition.id == "protect-hongkongers-uk"
    pdf = page._sheet_printer()(petition, 2, "a4", lambda done, total: None)
    assert pdf.startswith(b"%PDF")
    report = window.session.sheets.report()
    assert len(report.out) == 2
    # Back to the volunteer page, where the kiosk starts.
    QTest.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert window.current_page() == "volunteer"


def test_organiser_tools_switch_language(make_window, ready_folder: Path, translations) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    page = open_organiser(window)
    translations.set_language("zh-Hant")
    assert page.title.text() == "籌辦工具"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "請願及列印",
        "紙本簽名表",
        "提交文件",
    ]
    translations.set_language("en")
    assert page.tabs.tabText(0) == "Petition and printing"
