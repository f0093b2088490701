"""Open every page and dialog of the app, one after another, and hand each to a visitor.

Shared by the fit test (tests/support/fit_probe.py), the Chinese walk and the accessibility
walk: each visitor gets (name, top-level window) with the screen showing as a user sees it.
Pages with tabs are visited once per tab. Synthetic data only.
"""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from stallapp.domain.errors import Field, Reason
from stallapp.services.campaign_pack import DeviceCard
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.ui.coordinator.enrol_dialog import DeviceEnrolDialog
from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.main_window import MainWindow
from stallapp.ui.organiser.preview_dialog import PdfPreviewDialog
from stallapp.ui.shared.i18n import Translations
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from stallapp.ui.stall.pin_dialog import PinDialog

PASSPHRASE = "screen walk passphrase"
Visit = Callable[[str, QWidget], None]


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(4):
        app.processEvents()


def _wait(window: MainWindow) -> None:
    deadline = time.monotonic() + 60
    while window.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def _shown(window: MainWindow) -> None:
    """Show the window and wait, as a person would, until its app-wide filters are on (the
    window installs them soon after its first paint)."""
    window.show()
    deadline = time.monotonic() + 10
    while not window.watching_events and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert window.watching_events
    settle()


def _tabs(name: str, window: QWidget, visit: Visit) -> None:
    """Visit the window once per tab of every tab widget showing in it."""
    visit(name, window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            visit(f"{name}/{tabs.tabText(index)}", window)
        tabs.setCurrentIndex(0)


@contextmanager
def _dialog(dialog: QDialog) -> Iterator[QDialog]:
    dialog.show()
    settle()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()
        settle()


def _sample_pdf() -> bytes:
    from reportlab.pdfgen import canvas  # a one-page PDF for the preview

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.drawString(72, 770, "Sample page")
    page.save()
    return out.getvalue()


def walk(tmp: Path, translations: Translations, visit: Visit) -> None:
    cost = KdfCost.light()
    window = MainWindow(tmp / "new", translations, kdf_cost=cost, watch_system=False)
    _shown(window)
    visit("setup", window)
    window.shutdown()
    window.deleteLater()

    day = StallDay(location="Broadgate", start=None, end=None)
    folder = prepare_vault(
        tmp / "stall", PASSPHRASE, device_name="Coventry laptop", day=day, cost=cost
    ).folder
    window = MainWindow(folder, translations, kdf_cost=cost, pin_cost=cost, watch_system=False)
    window.idle.stop()
    _shown(window)
    visit("unlock", window)
    window.unlock(PASSPHRASE)
    _wait(window)
    settle()
    visit("volunteer", window)
    assert window.capture is not None and window.session is not None
    capture, session = window.capture, window.session
    with _dialog(EventDialog(capture, window)) as d:
        visit("event-dialog", d)
    with _dialog(PinDialog(session.kiosk, window)) as d:
        visit("pin-dialog", d)
    petition = capture.petitions()[0]
    event_id = capture.events()[0].id
    with _dialog(PaperEntryDialog(capture, petition, event_id, translations.language, window)) as d:
        visit("paper-dialog", d)
    with _dialog(CampaignDialog(session.stall_link, window.jobs, window)) as d:
        visit("campaign-dialog", d)

    window.start_kiosk(petition.id, event_id)
    settle()
    kiosk = window.kiosk()
    assert kiosk is not None and kiosk.form is not None
    visit("kiosk", window)
    kiosk.form.show_error(Field.POSTCODE, Reason.NOT_UK_POSTCODE)
    settle()
    visit("kiosk-error", window)
    kiosk.stack.setCurrentWidget(kiosk.thanks)
    settle()
    visit("kiosk-thank-you", window)
    kiosk.stack.setCurrentWidget(kiosk.tap_screen)
    settle()
    visit("kiosk-tap-to-sign", window)
    kiosk.show_form()
    with _dialog(ExitKioskDialog(session.kiosk.exit_check(), window)) as d:
        visit("exit-kiosk-dialog", d)
    kiosk.leave()
    settle()
    window.open_role_page("organiser")
    settle()
    _tabs("organiser", window, visit)
    with _dialog(
        PdfPreviewDialog(_sample_pdf(), "Preview", "sample.pdf", window.jobs, window)
    ) as d:
        visit("print-preview", d)
    window.shutdown()
    window.deleteLater()
    settle()

    folder = prepare_vault(
        tmp / "coordinator",
        PASSPHRASE,
        role="coordinator",
        device_name="Leeds",
        day=None,
        cost=cost,
    ).folder
    window = MainWindow(folder, translations, kdf_cost=cost, watch_system=False)
    window.idle.stop()
    _shown(window)
    window.unlock(PASSPHRASE)
    _wait(window)
    settle()
    _tabs("coordinator", window, visit)
    key = base64.b64encode(bytes(range(32))).decode("ascii")
    card = DeviceCard(
        device_id="dev-7f3a", device_name="Liverpool tablet", signing_key=key, rehearsal=False
    )
    with _dialog(DeviceEnrolDialog(card, window)) as d:
        visit("enrol-dialog", d)
    window.shutdown()
    window.deleteLater()
    settle()
