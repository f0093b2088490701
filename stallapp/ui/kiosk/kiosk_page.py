"""Kiosk mode: signers use it with their own hands, one at a time.

Privacy rules this page keeps: a form is built for each signer and destroyed after the
submit or an idle wipe (after a Sign: wiped and hidden at once, destroyed as soon as the
thank-you has been painted, and always before the next form is shown); the next signer's
blank form (the spare) is built and painted off screen while the thank-you shows, is never
shown before it is used, and is never typed into before then; the thank-you screen forgets
the receipt code once done (the next code, drawn ahead, is nobody's until its signature is
committed); the language returns to the kiosk's own after each signer; nothing goes to the
clipboard; leaving needs the passphrase or today's PIN.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain import routes
from stallapp.domain.errors import FieldError, StallappError
from stallapp.domain.petition import Petition
from stallapp.domain.signer import new_receipt_code
from stallapp.services.capture import CaptureService
from stallapp.services.kiosk_session import KioskExit, KioskSettings
from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.kiosk.kiosk_form import SAVE_FAILED, KioskForm
from stallapp.ui.kiosk.practice_band import PracticeBand
from stallapp.ui.kiosk.tap_to_sign import TapToSignView
from stallapp.ui.kiosk.thank_you import ThankYouView
from stallapp.ui.shared.clipboard import clear_clipboards
from stallapp.ui.shared.i18n import NATIVE_NAMES, Translations
from stallapp.ui.shared.style import mark_quiet, set_role

SPARE_DELAY_MS = 100  # after the thank-you is painted; it stays for seconds


class KioskPage(QWidget):
    """Emits `signature_saved` after each durable commit and `exited` when a volunteer leaves."""

    signature_saved = Signal()
    exited = Signal()

    def __init__(
        self,
        capture: CaptureService,
        petition: Petition,
        event_id: str,
        translations: Translations,
        settings: KioskSettings,
        guard: KioskExit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.capture = capture
        self.petition = petition
        self.event_id = event_id
        self.translations = translations
        self.settings = settings
        self.guard = guard
        langs = petition.languages() or ("en",)
        self.home_language = translations.language if translations.language in langs else "en"
        self.form: KioskForm | None = None
        self.spare: KioskForm | None = None
        # The signer's form after a Sign: wiped and hidden, destroyed once the thank-you
        # has been painted (`_discard_signed`).
        self.signed: KioskForm | None = None
        # The receipt code the next signature gets, drawn ahead so its QR is ready at Sign.
        self._next_code: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget()
        bar.setObjectName("kioskBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(16, 8, 16, 4)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in langs:
            button = QPushButton(NATIVE_NAMES[lang])
            button.setObjectName(f"lang-{lang}")
            button.setCheckable(True)
            # A language tap leaves the signer's cursor where it was.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, lg=lang: self.set_language(lg))
            bar_layout.addWidget(button)
            self.language_buttons[lang] = button
        bar_layout.addStretch(1)
        # One tap wipes the form and starts again, for a signer who changes their mind.
        self.start_over = QPushButton()
        self.start_over.setObjectName("startOver")
        mark_quiet(self.start_over)
        self.start_over.clicked.connect(self.restart)
        bar_layout.addWidget(self.start_over)
        self.volunteer = QPushButton()
        self.volunteer.setObjectName("volunteer")
        mark_quiet(self.volunteer)
        self.volunteer.clicked.connect(self.ask_exit)
        bar_layout.addWidget(self.volunteer)
        layout.addWidget(bar)
        self.practice_band = PracticeBand(capture.rehearsal)
        layout.addWidget(self.practice_band)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        set_role(self.countdown, "error")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.countdown.setStyleSheet("background: #fff4e5; padding: 12px;")
        self.countdown.hide()
        layout.addWidget(self.countdown)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.thanks = ThankYouView(practice=capture.rehearsal)
        self.thanks.finished.connect(self.next_signer)
        self.thanks.painted.connect(self._thanks_painted)
        self.stack.addWidget(self.thanks)
        self.tap_screen = TapToSignView()
        self.tap_screen.tapped.connect(self.show_form)
        self.stack.addWidget(self.tap_screen)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self.next_signer)
        translations.language_changed.connect(self.retranslate)
        self._new_form()
        self.retranslate()
        self._draw_next_code()

    # -- forms ---------------------------------------------------------------------------

    def _drop_form(self) -> None:
        """Wipe and destroy the current form and every widget in it, out of the window's
        tree at once (Start over, an idle wipe, the swap after a thank-you)."""
        self._discard_signed()
        old = self.form
        self.form = None
        if old is not None:
            old.wipe()
            self.stack.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()

    def _put_away_signed(self, form: KioskForm) -> None:
        """After a Sign: the form stops being the current one, is hidden (the thank-you
        takes its place) and wiped, all before the thank-you is painted. Taking it off the
        stack and destroying it cost the signer's wait nothing once the thank-you is on
        screen, so `_discard_signed` does that then; until it runs the form holds none of
        the signer's text or ink, is not visible and cannot take focus."""
        self.form = None
        self.signed = form
        form.hide()
        form.wipe()

    def _thanks_painted(self) -> None:
        # Not inside the paint itself: at the event loop's next pass.
        if self.signed is not None:
            QTimer.singleShot(0, self._discard_signed)

    def _discard_signed(self) -> None:
        """Destroy the signed form (if still there), at once: it is not handling an event
        (the call comes from a timer, Done or Start over), and deleting it takes it out of
        the stack and the window. No setParent(None) first: that re-polishes every child
        against the style sheet (about 4 ms) for a form that is about to go."""
        old, self.signed = self.signed, None
        if old is not None:
            self.stack.removeWidget(old)
            shiboken6.delete(old)

    def _draw_next_code(self) -> None:
        if self._next_code is None:
            self._next_code = new_receipt_code()
            self.thanks.prepare_receipt(self._next_code)

    def _build_form(self, lang: str) -> KioskForm:
        form = KioskForm(self.petition, lang)
        form.submit_requested.connect(self.submit)
        return form

    def _new_form(self) -> None:
        """Destroy the current form (if any) and put a blank one in its place."""
        self._drop_form()
        spare, self.spare = self.spare, None
        if spare is None:
            spare = self._build_form(self.translations.language)
        elif spare.lang != self.translations.language:
            spare.retranslate(self.translations.language)
        self.form = spare
        self.stack.addWidget(spare)

    def _ensure_form(self) -> None:
        if self.form is None:
            self._new_form()

    def prepare_spare(self) -> None:
        """Build the next signer's blank form and lay it out and paint it off screen: a hidden
        child of the stack, not one of its pages, never shown before it is used, so the swap
        after the thank-you costs one paint."""
        self._draw_next_code()
        if self.spare is not None:
            return
        spare = self._build_form(self.home_language)
        spare.setParent(self.stack)  # hidden: a child made after its parent was shown
        spare.resize(self.stack.size())
        spare.ensurePolished()
        spare.grab()  # layout and a first paint, into a pixmap that is dropped
        self.spare = spare

    def show_form(self) -> None:
        self._ensure_form()
        assert self.form is not None
        self.stack.setCurrentWidget(self.form)
        self.form.name.setFocus()

    def next_signer(self) -> None:
        """After the thank-you (or an idle wipe): the kiosk's language and a blank form."""
        self._discard_signed()  # gone before any other form is shown
        self.thanks_timer.stop()
        self.thanks.forget()
        self.countdown.hide()
        if self.translations.language != self.home_language:
            self.translations.set_language(self.home_language)
        if self.form is not None and self.form.has_input():
            self._new_form()  # an idle wipe: the half-filled form goes
        if self.settings.tap_to_sign:
            self._ensure_form()
            self.stack.setCurrentWidget(self.tap_screen)
            self.tap_screen.button.setFocus()
        else:
            self.show_form()
        self._clear_clipboard()

    def restart(self) -> None:
        """Start over: this signer's form goes at once, whatever it holds."""
        self._drop_form()
        self.next_signer()

    def showing_thanks(self) -> bool:
        return self.stack.currentWidget() is self.thanks

    # -- submit --------------------------------------------------------------------------

    def submit(self) -> None:
        form = self.form
        if form is None or not form.check_local():
            return
        code = self._next_code or new_receipt_code()
        try:
            receipt = self.capture.record(
                self.petition.id, self.event_id, **form.values(), receipt_code=code
            )
        except FieldError as exc:
            form.show_error(exc.field, exc.reason)
            return
        except StallappError:
            form.show_error(SAVE_FAILED)
            return
        # The record is committed (synchronous=FULL). Only now: thank, and put the form
        # away (hidden and wiped before the thank-you is painted, destroyed after); the next
        # blank form is built off screen once the thank-you has been painted.
        self._next_code = None  # used (or replaced by the store): never given twice
        self.thanks.show_receipt(receipt.code)
        self.thanks.show_purpose(routes.saved_statement(self.petition, form.lang))
        self.stack.setCurrentWidget(self.thanks)
        self._put_away_signed(form)
        self.thanks.done.setFocus()
        self._clear_clipboard()
        self.thanks_timer.start(self.settings.thank_you * 1000)
        QTimer.singleShot(SPARE_DELAY_MS, self.prepare_spare)
        self.signature_saved.emit()

    @staticmethod
    def _clear_clipboard() -> None:
        clear_clipboards()

    # -- idle ----------------------------------------------------------------------------

    def on_idle(self, seconds: float) -> None:
        """Called every second with the idle time: countdown, then wipe a half-filled form."""
        if self.stack.currentWidget() is not self.form or self.form is None:
            self.countdown.hide()
            return
        dirty = self.form.has_input() or self.translations.language != self.home_language
        wipe_at = self.settings.idle_wipe
        if not dirty or seconds < wipe_at - self.settings.countdown:
            self.countdown.hide()
            return
        if seconds >= wipe_at:
            self.next_signer()
            return
        left = max(1, round(wipe_at - seconds))
        self.countdown.setText(
            self.tr(
                "Are you still there? This form will be cleared in %n second(s)."
                " Touch the screen to continue.",
                "",
                left,
            )
        )
        self.countdown.show()

    # -- language and leaving ------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.translations.set_language(lang)

    def retranslate(self) -> None:
        lang = self.translations.language
        for code, button in self.language_buttons.items():
            button.setChecked(code == lang)
            button.setAccessibleName(NATIVE_NAMES[code])
            button.setAccessibleDescription(self.tr("Selected language") if code == lang else "")
        self.start_over.setText(self.tr("Start over"))
        self.start_over.setAccessibleName(self.tr("Start over: clear this form"))
        self.tap_screen.retranslate()
        self.volunteer.setText(self.tr("Volunteer"))
        self.volunteer.setAccessibleName(self.tr("Volunteer: leave kiosk mode"))
        self.thanks.retranslate()
        self.practice_band.retranslate()
        if self.form is not None:
            self.form.retranslate(lang)
        self.countdown.hide()
        if not self.showing_thanks():
            # Where a signature in this language goes, set (and laid out) before Sign.
            self.thanks.show_purpose(routes.saved_statement(self.petition, lang))

    def ask_exit(self) -> None:
        dialog = ExitKioskDialog(self.guard, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.leave()

    def leave(self) -> None:
        self._discard_signed()
        if self.form is not None:
            self.form.wipe()
        if self.spare is not None:
            self.spare.wipe()
        self.thanks.forget()
        self.thanks_timer.stop()
        clear_clipboards()
        self.exited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # No key leads anywhere from the kiosk: Escape, Back and Alt+Left are swallowed.
        event.accept()
