"""Render every stall screen, in each language, at 1366x768, 800x1280, 1920x1080 and
1366x768 at 1.5x scale into docs/screenshots/. Offscreen; synthetic data only.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

The 1.5x set runs in a subprocess (the scale is fixed when Qt starts): the offscreen screen
is 1366x768 device pixels (a JSON screen file) and QT_SCALE_FACTOR=1.5, so the app lays out on
911x512 logical pixels as on a laptop set to 150 %; the images are at device size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from stallapp.domain.errors import Field, Reason
from stallapp.domain.ink import InkPoint
from stallapp.domain.petition import load_petition
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.system.resources import sample_petition_path
from stallapp.ui.coordinator import CoordinatorView
from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.main_window import MainWindow
from stallapp.ui.organiser.page import OrganiserPage
from stallapp.ui.organiser.sheets_panel import SheetsPanel
from stallapp.ui.shared.i18n import Translations
from stallapp.ui.shared.style import STYLE
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from stallapp.ui.stall.pin_dialog import PinDialog

PASSPHRASE = "screenshot stall demo"  # noqa: S105 - a throwaway vault
SIZES = {"1366x768": (1366, 768), "800x1280": (800, 1280), "1920x1080": (1920, 1080)}
SCALED = "1366x768@1.5x"  # 1366x768 at QT_SCALE_FACTOR=1.5: 911x512 logical pixels
LANGS = ("en", "zh-Hant", "zh-Hans")


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _sample_ink(pad: QWidget) -> None:
    import math

    w, h = pad.width(), pad.height()
    pts = []
    for i in range(60):
        x = 30 + (w - 60) * i / 59
        y = h * 0.55 + h * 0.2 * math.sin(i / 4) * (1 - i / 90)
        pts.append(InkPoint(x, y, i * 12, 0.5 + 0.4 * math.sin(i / 7)))
    pad._strokes = [list(pts)]  # type: ignore[attr-defined]
    pad.update()


class Shooter:
    def __init__(self, out: Path) -> None:
        self.app = QApplication.instance() or QApplication(sys.argv)
        self.out = out
        self.translations = Translations(self.app)
        self.tmp = Path(tempfile.mkdtemp(prefix="stallapp-shots-"))

    def save(self, widget: QWidget, size: str, lang: str, name: str) -> None:
        _settle(self.app)
        folder = self.out / size / lang
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))

    def _wait(self, window: MainWindow) -> None:
        while window.busy:
            self.app.processEvents()
            time.sleep(0.005)

    def dialog(self, dialog: QDialog, size: str, lang: str, name: str) -> None:
        dialog.setStyleSheet(STYLE)
        dialog.show()
        dialog.adjustSize()
        self.save(dialog, size, lang, name)
        dialog.close()
        dialog.deleteLater()

    def ready_folder(self, tag: str) -> Path:
        folder = self.tmp / tag
        prepare_vault(folder, PASSPHRASE, device_name="Coventry laptop", cost=KdfCost.light())
        return folder

    def run(self, size: str, lang: str) -> None:
        w, h = SIZES[size]
        self.translations.set_language(lang)
        tag = f"{size}-{lang}"
        window = MainWindow(
            self.tmp / f"new-{tag}", self.translations, kdf_cost=KdfCost.light(), watch_system=False
        )
        window.resize(w, h)
        window.show()
        self.save(window, size, lang, "01-setup")
        window.shutdown()
        window.deleteLater()

        folder = self.ready_folder(tag)
        window = MainWindow(
            folder,
            self.translations,
            demo_passphrase="demo-stall-2026",
            kdf_cost=KdfCost.light(),
            pin_cost=KdfCost.light(),
            watch_system=False,
        )
        window.idle.stop()  # the countdown screenshot sets the idle time itself
        window.resize(w, h)
        window.show()
        self.save(window, size, lang, "02-unlock")
        window.unlock_page.unlock_requested.emit("not it")
        self._wait(window)
        self.save(window, size, lang, "03-unlock-wrong")
        window.unlock_page.still_opening.timeout.emit()  # a long first unlock after an update
        self.save(window, size, lang, "03b-unlock-still-opening")
        window.unlock(PASSPHRASE)
        self._wait(window)
        self.save(window, size, lang, "04-volunteer")
        assert window.capture is not None and window.session is not None
        self.dialog(EventDialog(window.capture, window), size, lang, "05-event-dialog")
        self.dialog(PinDialog(window.session.kiosk, window), size, lang, "06-pin-dialog")
        petition = window.capture.petitions()[0]
        event_id = window.capture.events()[0].id
        paper = PaperEntryDialog(window.capture, petition, event_id, lang, window)
        self.dialog(paper, size, lang, "07-paper-dialog")

        window.pages["volunteer"].start_kiosk()  # type: ignore[attr-defined]
        window.showNormal()
        window.resize(w, h)
        kiosk = window.kiosk()
        assert kiosk is not None and kiosk.form is not None
        self.save(window, size, lang, "08-kiosk")
        form = kiosk.form
        form.name.setText("Chan Tai Man")
        if form.address is not None:
            form.address.setPlainText("1 Broadgate\nCoventry")
        form.postcode.setText("CV1 1L")
        form.consent.setChecked(True)
        _sample_ink(form.pad)
        form.show_error(Field.POSTCODE, Reason.NOT_UK_POSTCODE)
        form.entry_scroll.ensureWidgetVisible(form.postcode)
        self.save(window, size, lang, "09-kiosk-filled-hint")
        kiosk.on_idle(kiosk.settings.idle_wipe - 7)
        self.save(window, size, lang, "10-kiosk-idle-countdown")
        kiosk.countdown.hide()
        form.postcode.setText("CV1 1LL")
        form.pad.changed.emit()
        kiosk.submit()
        self.save(window, size, lang, "11-thank-you")
        kiosk.next_signer()
        self.translations.set_language(lang)
        self.dialog(
            ExitKioskDialog(window.session.kiosk.exit_check(), window), size, lang, "12-exit-kiosk"
        )
        kiosk.leave()
        self.dialog(
            CampaignDialog(window.session.stall_link, window.jobs, window),
            size,
            lang,
            "14-campaign-dialog",
        )
        window.open_role_page("organiser")
        window.resize(w, h)
        self.save(window, size, lang, "13-organiser")
        organiser = window.findChild(OrganiserPage)
        sheets_panel = window.findChild(SheetsPanel)
        if organiser is not None and sheets_panel is not None:
            organiser.tabs.setCurrentIndex(1)
            self.save(window, size, lang, "13b-organiser-sheets")
            sheets_panel.open_scanner()  # offscreen: no camera, the dialog says so
            _settle(self.app)
            if isinstance(sheets_panel.scan_dialog, QDialog):
                self.dialog(sheets_panel.scan_dialog, size, lang, "13c-scan-sheets")
        window.shutdown()
        window.deleteLater()
        _settle(self.app)

        folder = self.tmp / f"coordinator-{tag}"
        prepare_vault(
            folder,
            PASSPHRASE,
            role="coordinator",
            device_name="Leeds",
            day=None,
            cost=KdfCost.light(),
        )
        window = MainWindow(folder, self.translations, kdf_cost=KdfCost.light(), watch_system=False)
        window.resize(w, h)
        window.show()
        window.unlock(PASSPHRASE)
        self._wait(window)
        self.save(window, size, lang, "15-coordinator")
        view = window.findChild(CoordinatorView)
        if view is not None:
            view.tabs.setCurrentWidget(view.withdrawal)
            view.withdrawal.code_edit.setText("7KQ2-M9XD")
            self.save(window, size, lang, "15b-coordinator-withdrawal")
            view.tabs.setCurrentWidget(view.review)
            self.save(window, size, lang, "15c-coordinator-review")
        window.shutdown()
        window.deleteLater()
        _settle(self.app)

    def country(self, lang: str) -> None:
        """A petition that accepts addresses abroad: the kiosk's country chooser (and the
        paper rows dialog's), with a signer in Hong Kong. 1366x768 only."""
        size, (w, h) = "1366x768", SIZES["1366x768"]
        self.translations.set_language(lang)
        text = sample_petition_path().read_text(encoding="utf-8")
        source = self.tmp / f"abroad-{lang}.toml"
        source.write_text(text.replace("allow_non_uk = false", "allow_non_uk = true"), "utf-8")
        folder = self.tmp / f"abroad-{lang}"
        prepare_vault(
            folder,
            PASSPHRASE,
            device_name="Manchester laptop",
            petition=load_petition(source),
            day=StallDay(city="Manchester", location="Piccadilly Gardens", start=None, end=None),
            cost=KdfCost.light(),
        )
        window = MainWindow(folder, self.translations, kdf_cost=KdfCost.light(), watch_system=False)
        window.idle.stop()
        window.resize(w, h)
        window.show()
        window.unlock(PASSPHRASE)
        self._wait(window)
        assert window.capture is not None
        window.start_kiosk(window.capture.petitions()[0].id, window.capture.events()[0].id)
        window.showNormal()
        window.resize(w, h)
        kiosk = window.kiosk()
        assert kiosk is not None and kiosk.form is not None and kiosk.form.country is not None
        form = kiosk.form
        form.name.setText("Lam Wing Yee")
        if form.address is not None:
            form.address.setPlainText("1 Nathan Road\nKowloon")
        form.country.setCurrentIndex(form.country.findData("HK"))
        form.entry_scroll.ensureWidgetVisible(form.postcode_hint)
        self.save(window, size, lang, "16-kiosk-country")
        kiosk.leave()
        paper = PaperEntryDialog(
            window.capture,
            window.capture.petitions()[0],
            window.capture.events()[0].id,
            lang,
            window,
        )
        assert paper.country is not None
        paper.country.setCurrentIndex(paper.country.findData("CA"))
        self.dialog(paper, size, lang, "17-paper-country")
        window.shutdown()
        window.deleteLater()
        _settle(self.app)


def _run_on_screen(out: Path, size: str) -> None:
    """This script again, in a subprocess whose offscreen screen is `size` (device pixels;
    the 1.5x set is a 1366x768 screen with QT_SCALE_FACTOR=1.5), so every window opens as it
    would on that screen."""
    import json
    import subprocess

    width, height = (1366, 768) if size == SCALED else SIZES[size]
    config = Path(tempfile.mkdtemp(prefix="stallapp-screen-")) / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["QT_SCALE_FACTOR"] = "1.5" if size == SCALED else "1"
    subprocess.run(
        [sys.executable, __file__, "--out", str(out), "--only", size], env=env, check=True
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only is None:
        for size in [*SIZES, SCALED]:
            _run_on_screen(args.out, size)
    else:
        SIZES[SCALED] = (911, 512)  # the logical size of 1366x768 at 1.5x
        shooter = Shooter(args.out)
        for lang in LANGS:
            shooter.run(args.only, lang)
        if args.only == "1366x768":
            for lang in LANGS:
                shooter.country(lang)
        return 0
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
