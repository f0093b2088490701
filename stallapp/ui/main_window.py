"""The main window: a stack of pages (setup, unlock, volunteer, kiosk, coordinator, organiser).

It owns the session (the unlocked vault's services), the job runner that does all long work,
failed unlock attempts, the idle watcher and the lock watcher. Locking stops every job,
drops every page that shows vault data and returns to the unlock page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from stallapp.domain.errors import WrongPassphrase
from stallapp.services.kiosk_settings import KioskSettings
from stallapp.services.session import Session, create_vault, open_vault, vault_exists
from stallapp.ui.app_filters import AppFilters
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.kiosk_guard import KioskGuard
from stallapp.ui.shared.accessible import name_from_labels
from stallapp.ui.shared.clipboard import clear_clipboards
from stallapp.ui.shared.i18n import Translations
from stallapp.ui.shared.idle_watcher import IdleWatcher
from stallapp.ui.shared.lock_watcher import LockWatcher
from stallapp.ui.shared.screen_fit import fit_main_window
from stallapp.ui.shared.style import STYLE
from stallapp.ui.stall.unlock_page import UnlockPage

if TYPE_CHECKING:
    # Imported where first used: painting the unlock screen needs neither the kiosk nor
    # the volunteer page (nor what they import: capture, campaign packs, QR codes).
    from stallapp.services.capture import CaptureService
    from stallapp.services.session import KdfCost
    from stallapp.ui.kiosk.kiosk_page import KioskPage
    from stallapp.ui.stall.setup_page import SetupPage

SYSTEM_WATCH_DELAY_MS = 500  # the sleep and screen-lock signals are connected this much later
# The pages that hold no vault data; every other page is dropped when the app locks.
_LOCKED_PAGES = ("unlock", "setup")


class MainWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        translations: Translations,
        *,
        demo_passphrase: str | None = None,
        kdf_cost: KdfCost | None = None,
        pin_cost: KdfCost | None = None,
        clock: Callable[[], float] = time.monotonic,
        watch_system: bool = True,
        remember_language: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.translations = translations
        self.kdf_cost = kdf_cost
        self.pin_cost = pin_cost
        self.session: Session | None = None
        self.settings = KioskSettings()  # the session's timings; read from the vault on unlock
        self.remember_language = remember_language
        self.failed_attempts = 0
        self.lock_reason = ""
        self._closing = False
        self.busy = False
        self.jobs = JobRunner(self)
        # The kiosk hidden, minimised or left for another window locks the app.
        self.kiosk_guard = KioskGuard(self, self._kiosk_showing, self.lock)
        self._geometry = QByteArray()
        self.setWindowTitle("stallapp")
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.pages: dict[str, QWidget] = {}

        self.unlock_page = UnlockPage(demo_passphrase)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.unlock_page.recover_requested.connect(self.start_recovery)
        self.add_page("unlock", self.unlock_page)
        self.setup_page: SetupPage | None = None
        if not vault_exists(folder):
            from stallapp.ui.stall.setup_page import SetupPage  # only where there is no vault

            self.setup_page = SetupPage()
            self.setup_page.create_requested.connect(self.create_vault)
            self.add_page("setup", self.setup_page)
            self.show_page("setup")
        else:
            self.show_page("unlock")

        self.idle = IdleWatcher(clock, self)
        self.idle.ticked.connect(self.on_idle)
        self.idle.start()
        self.filters = AppFilters(self, self.idle)  # soon after the first paint (app_filters.py)
        QTimer.singleShot(SYSTEM_WATCH_DELAY_MS, self, self.watch_events)
        self.lock_watcher = LockWatcher(self)
        self.lock_watcher.lock_requested.connect(self.lock)
        if watch_system:
            # Soon after the first paint: loading QtDBus and reaching the buses is not part
            # of showing the unlock screen, and nothing is unlocked yet to be locked.
            QTimer.singleShot(
                SYSTEM_WATCH_DELAY_MS, self.lock_watcher, self.lock_watcher.connect_system
            )
            gui = QGuiApplication.instance()
            if isinstance(gui, QGuiApplication):
                gui.applicationStateChanged.connect(self.lock_watcher.on_application_state)
        translations.language_changed.connect(self.retranslate)
        fit_main_window(self)

    @property
    def watching_events(self) -> bool:
        return self.filters.installed

    def watch_events(self) -> None:
        if not self._closing:
            self.filters.install()

    # -- pages ---------------------------------------------------------------------------

    def add_page(self, name: str, widget: QWidget) -> None:
        """Add (or replace) a named page; the lead can plug further screens in here."""
        self.remove_page(name)
        self.pages[name] = widget
        self.stack.addWidget(widget)
        name_from_labels(widget)

    def remove_page(self, name: str) -> None:
        old = self.pages.pop(name, None)
        if old is not None:
            self.jobs.stop(old)  # its work stops and is waited for before the page goes
            self.stack.removeWidget(old)
            old.setParent(None)
            old.deleteLater()

    def show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self.pages[name])

    def current_page(self) -> str:
        for name, widget in self.pages.items():
            if widget is self.stack.currentWidget():
                return name
        return ""

    def retranslate(self) -> None:
        for widget in (self.unlock_page, self.setup_page):
            if widget is not None and widget in self.pages.values():
                widget.retranslate()
        # After every page has rebuilt or retranslated itself: names follow the new labels.
        QTimer.singleShot(0, self._name_fields)

    def _name_fields(self) -> None:
        for widget in self.pages.values():
            name_from_labels(widget)

    # -- opening -------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.unlock_page.set_busy(busy)
        if self.setup_page is not None:
            self.setup_page.set_busy(busy)

    @property
    def capture(self) -> CaptureService | None:
        return None if self.session is None else self.session.capture

    def _open(self, name: str, work: Callable[[JobControl], Session | None]) -> None:
        self._set_busy(True)
        self.jobs.start(
            self,
            name,
            work,
            on_done=self._opened,
            on_failed=self._open_failed,
            on_finished=lambda: self._set_busy(False),
            discard=lambda session: session.lock() if session is not None else None,
        )

    def create_vault(self, role: str, device_name: str, passphrase: str) -> None:
        if self.busy:
            return
        folder, cost, pin_cost = self.folder, self.kdf_cost, self.pin_cost
        self._open(
            "create",
            lambda _c: create_vault(
                folder, passphrase, role=role, device_name=device_name, cost=cost, pin_cost=pin_cost
            ),
        )

    def unlock(self, passphrase: str) -> None:
        if self.busy:
            return
        folder, attempts, pin_cost = self.folder, self.failed_attempts, self.pin_cost

        def work(_control: JobControl) -> Session | None:
            try:
                return open_vault(folder, passphrase, failed_attempts=attempts, pin_cost=pin_cost)
            except WrongPassphrase:
                return None  # not a failure of the app: the unlock page counts it

        self._open("unlock", work)

    def start_recovery(self) -> QWidget | None:
        """The unlock page's "Forgot passphrase?": the RecoverDialog, whose Session opens."""
        if self.busy:
            return None
        from stallapp.ui.stall.recover_dialog import RecoverDialog

        dialog = RecoverDialog(self.folder, self.jobs, self.pin_cost, self.unlock_page)
        dialog.recovered.connect(self._opened)
        dialog.open()
        return dialog

    def _wrong_passphrase(self) -> None:
        self.failed_attempts += 1
        self.unlock_page.show_failure(self.failed_attempts)

    def _open_failed(self, message: str) -> None:
        if self.setup_page is not None:
            self.setup_page.show_message(message)
        else:
            self.unlock_page.show_problem(
                self.tr("The vault could not be opened: %1").replace("%1", message)
            )

    def _opened(self, session: Session | None) -> None:
        if session is None:
            self._wrong_passphrase()
            return
        self.failed_attempts = 0
        if self.setup_page is not None:
            self.setup_page.forget()
            self.remove_page("setup")
            self.setup_page = None
        self.open_session(session)

    def open_session(self, session: Session) -> None:
        self.session = session
        self.settings = session.kiosk.settings()
        self.lock_reason = ""
        self.idle.poke()
        if session.role == "stall":
            from stallapp.ui.stall.volunteer_page import VolunteerPage

            page = VolunteerPage(session, self.translations, self.jobs)
            page.settings_saved.connect(self.use_settings)
            if self.remember_language is not None:
                page.language_chosen.connect(self.remember_language)
            page.kiosk_requested.connect(self.start_kiosk)
            page.lock_requested.connect(lambda: self.lock("button"))
            page.organiser_requested.connect(lambda: self.open_role_page("organiser"))
            self.add_page("volunteer", page)
            self.show_page("volunteer")
        else:
            self.open_role_page("coordinator")

    def open_role_page(self, name: str) -> None:
        from stallapp.ui.role_pages import PageContext, find_page_factory  # after unlocking

        assert self.session is not None
        back_to = self.current_page() or "unlock"
        context = PageContext(
            self.session,
            self.jobs,
            self.translations,
            self.folder,
            lock=lambda: self.lock("button"),
            back=lambda: self.show_page(back_to if back_to in self.pages else "unlock"),
            open_page=self.open_role_page,
        )
        page = find_page_factory(name)(context)
        self.add_page(name, page)
        self.show_page(name)

    # -- kiosk ---------------------------------------------------------------------------

    def start_kiosk(self, petition_id: str, event_id: str) -> None:
        assert self.session is not None
        from stallapp.ui.kiosk.kiosk_page import KioskPage

        capture = self.session.capture
        page = KioskPage(
            capture,
            capture.petition(petition_id),
            event_id,
            self.translations,
            self.settings,
            self.session.kiosk.exit_check(self.idle.clock),
        )
        page.exited.connect(self.leave_kiosk)
        self.session.kiosk.record_started()
        self.add_page("kiosk", page)
        self.show_page("kiosk")
        page.show_form()
        self._geometry = self.saveGeometry()
        self.showFullScreen()
        self.kiosk_guard.arm()

    def kiosk(self) -> KioskPage | None:
        page = getattr(self, "pages", {}).get("kiosk")  # Qt may ask before __init__ ends
        if page is None:
            return None
        from stallapp.ui.kiosk.kiosk_page import KioskPage

        return page if isinstance(page, KioskPage) else None

    def leave_kiosk(self) -> None:
        self.kiosk_guard.stop()
        self.remove_page("kiosk")
        volunteer = self.pages.get("volunteer")
        from stallapp.ui.stall.volunteer_page import VolunteerPage

        if isinstance(volunteer, VolunteerPage):
            volunteer.refresh_count()
            self.show_page("volunteer")
        self.showNormal()
        if not self._geometry.isEmpty():
            self.restoreGeometry(self._geometry)

    # -- locking -------------------------------------------------------------------------

    def use_settings(self, settings: KioskSettings) -> None:
        """New timings from the volunteer page: the next idle tick already uses them."""
        self.settings = settings

    def on_idle(self, seconds: float) -> None:
        if self.session is None:
            return
        if seconds >= self.settings.auto_lock:
            self.lock("idle")
            return
        kiosk = self.kiosk()
        if kiosk is not None and self.stack.currentWidget() is kiosk:
            kiosk.on_idle(seconds)

    def lock(self, reason: str = "button") -> None:
        """Lock, in this order: stop every job (a vault being opened is locked again by the
        job's `discard`), leave the kiosk, drop every page with vault data, close the vault,
        show the unlock page. Also stops an unlock or create that is still running."""
        clear_clipboards()
        if self.session is None and not self.jobs.busy():
            return
        self.kiosk_guard.stop()
        self.jobs.stop_all()
        self._set_busy(False)
        self._leave_kiosk_for_lock()
        for name in [n for n in self.pages if n not in _LOCKED_PAGES]:
            self.remove_page(name)
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.lock_reason = reason
        if self.setup_page is not None and vault_exists(self.folder):
            # A vault created while locking: it is locked now and opens from the unlock page.
            self.setup_page.forget()
            self.remove_page("setup")
            self.setup_page = None
        self.unlock_page.reset()
        self.show_page("setup" if self.setup_page is not None else "unlock")

    def _leave_kiosk_for_lock(self) -> None:
        kiosk = self.kiosk()
        if kiosk is not None:
            kiosk.leave()  # wipes the form; `exited` brings the volunteer page back
        if self.isFullScreen():
            self.showNormal()

    def _kiosk_showing(self) -> bool:
        kiosk = self.kiosk()
        return kiosk is not None and self.stack.currentWidget() is kiosk and not self._closing

    def shutdown(self) -> None:
        """Lock and allow the window to close (used on quit and by tests)."""
        self._closing = True
        self.lock("quit")
        self.idle.stop()
        self.filters.remove()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk() is not None and not self._closing:
            event.ignore()  # a signer cannot close the kiosk
            return
        self.shutdown()
        event.accept()
