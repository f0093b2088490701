"""The organiser screen, driven as a volunteer would, with a real vault behind Print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from stallapp.domain.petition import Petition, load_petition
from stallapp.services.capture import CaptureService
from stallapp.services.sheet_tracking import SheetService
from stallapp.storage import sheet_records as sheet_store
from stallapp.ui.organiser.organiser_screen import OrganiserScreen


def _items(screen: OrganiserScreen) -> list[str]:
    return [screen.warnings.item(i).text() for i in range(screen.warnings.count())]


def test_editing_shows_warnings_and_a_live_preview(qtbot, jobs, sample_petition: Petition) -> None:
    screen = OrganiserScreen(jobs)
    qtbot.addWidget(screen)
    assert any(item.startswith("Incomplete") for item in _items(screen))
    assert not screen.save_button.isEnabled()

    screen.set_petition(sample_petition)
    assert _items(screen) == ["No warnings: the petition is complete."]
    assert screen.current_petition() == sample_petition
    first = screen.preview.pixmap().toImage()
    assert not first.isNull() and first.width() > 200

    screen.texts.edit("title", "zh-Hans").setPlainText("")
    screen.paper.setCurrentIndex(1)  # US Letter: a differently shaped page
    qtbot.waitUntil(lambda: any("Simplified Chinese" in i for i in _items(screen)))
    assert "Title: no Simplified Chinese translation." in _items(screen)
    assert screen.preview.pixmap().toImage().size() != first.size()

    screen.texts.edit("prayer", "en").setPlainText("")
    qtbot.waitUntil(lambda: any("prayer.en" in i for i in _items(screen)))
    assert not screen.save_button.isEnabled()


def test_save_and_load_round_trip(qtbot, jobs, sample_petition: Petition, tmp_path: Path) -> None:
    screen = OrganiserScreen(jobs)
    qtbot.addWidget(screen)
    screen.set_petition(sample_petition)
    screen.form.online_url.clear()
    qtbot.keyClicks(screen.form.campaign_group, " 2027")
    path = tmp_path / "edited.toml"
    with qtbot.waitSignal(screen.petition_saved) as saved:
        assert screen.save_file(path)
    assert saved.args == ["edited.toml"]
    again = load_petition(path)
    assert again.online_url is None
    assert again.campaign_group == "Hong Kongers in Britain Stall Network (sample) 2027"
    assert again.prayer == sample_petition.prayer

    other = OrganiserScreen(jobs)
    qtbot.addWidget(other)
    assert other.load_file(path)
    assert other.current_petition() == again

    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nid = "x"\n', encoding="utf-8")
    with qtbot.waitSignal(other.failed) as failed:
        assert not other.load_file(broken)
    assert "broken.toml" in failed.args[0]
    assert other.current_petition() == again  # nothing changed


def test_print_registers_sheets_and_shows_the_preview(
    qtbot, jobs, capture: CaptureService, sample_petition: Petition
) -> None:
    service = SheetService(capture.vault)

    def print_sheets(
        petition: Petition, count: int, paper: str, progress: Callable[[int, int], None]
    ) -> bytes:
        capture.add_petition(petition)
        return service.print_sheets(petition.id, count, paper=paper, progress=progress).pdf

    screen = OrganiserScreen(jobs, print_sheets=print_sheets, show_dialogs=False)
    qtbot.addWidget(screen)
    screen.set_petition(sample_petition)
    screen.sheet_count.setValue(3)
    with qtbot.waitSignal(screen.sheets_printed, timeout=30_000):
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert screen.job.progress.maximum() == 3 and screen.job.progress.isHidden()
    assert screen.preview_dialog is not None
    with qtbot.waitSignal(screen.preview_dialog.preview.shown, timeout=30_000):
        pass
    assert screen.preview_dialog.preview.page_count() == 3
    assert len(sheet_store.all_sheets(capture.vault.conn)) == 3


def test_flyer_from_the_screen(qtbot, jobs, sample_petition: Petition) -> None:
    screen = OrganiserScreen(jobs, show_dialogs=False)
    qtbot.addWidget(screen)
    screen.set_petition(sample_petition)
    screen.flyer_format.setCurrentIndex(screen.flyer_format.findData("a6-cards"))
    qtbot.mouseClick(screen.flyer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None, timeout=30_000)
    assert screen.preview_dialog is not None
    preview = screen.preview_dialog.preview
    qtbot.waitUntil(lambda: preview.page_count() == 1, timeout=30_000)

    screen.form.online_url.clear()
    qtbot.waitUntil(lambda: not screen.flyer_button.isEnabled())
    with qtbot.waitSignal(screen.failed) as failed:
        screen.show_flyer()
    assert "online_url" in failed.args[0]


def test_text_too_long_for_a_sheet_is_a_warning(qtbot, jobs, sample_petition: Petition) -> None:
    screen = OrganiserScreen(jobs, print_sheets=lambda p, n, paper, progress: b"")
    qtbot.addWidget(screen)
    screen.set_petition(sample_petition)
    assert screen.print_button.isEnabled()
    screen.texts.edit("text", "en").setPlainText("Words of the petition. " * 300)
    qtbot.waitUntil(lambda: any("too long" in i for i in _items(screen)))
    assert not screen.print_button.isEnabled()
    assert screen.save_button.isEnabled()  # the definition itself is still valid
