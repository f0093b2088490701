"""The thank-you screen: the receipt code and its QR for a few seconds, then a blank form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stallapp.domain.signer import RECEIPT_ALPHABET

# Loaded with the kiosk, not at the first signer's Sign (qrcode and PIL: about 0.1 s); the
# QR view itself leaves it for first use so the unlock screen does without it.
from stallapp.printing import qr as _qr  # noqa: F401
from stallapp.ui.shared.qr_view import QrView
from stallapp.ui.shared.scrolling import VerticalScrollArea
from stallapp.ui.shared.style import mark_primary, set_role

RECEIPT_MASK = 0  # a fixed mask: no search over all eight while the signer waits


class ThankYouView(QWidget):
    """Emits `finished` when the signer presses Done, and `painted` once after a receipt is
    first painted (the kiosk clears up the signer's old form then, off the signer's wait)."""

    finished = Signal()
    painted = Signal()

    def __init__(self, parent: QWidget | None = None, *, practice: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("thankYou")
        self.practice = practice
        self._unpainted = False  # a receipt was set and has not been painted yet
        # The receipt scrolls on a short screen (a laptop at 1.5x) rather than being cut off.
        content = QWidget()
        content.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        self.heading = QLabel()
        set_role(self.heading, "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved.setWordWrap(True)
        self.purpose = QLabel()
        self.purpose.setObjectName("purpose")
        self.purpose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.purpose.setWordWrap(True)
        self.code_caption = QLabel()
        set_role(self.code_caption, "heading")
        self.code_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel()
        self.code.setObjectName("receiptCode")
        set_role(self.code, "receipt")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr = QrView(mask=RECEIPT_MASK)
        self.qr.setFixedSize(220, 220)
        self.keep = QLabel()
        set_role(self.keep, "hint")
        self.keep.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep.setWordWrap(True)
        self.done = QPushButton()
        self.done.setObjectName("done")
        mark_primary(self.done)
        self.done.setMinimumWidth(240)
        self.done.clicked.connect(self.finished)
        for w in (self.heading, self.saved, self.purpose, self.code_caption):
            layout.addWidget(w)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self._code_font = ""  # the font the code's fixed size was worked out for
        qr_row = QHBoxLayout()
        qr_row.addStretch(1)
        qr_row.addWidget(self.qr)
        qr_row.addStretch(1)
        layout.addLayout(qr_row)
        layout.addWidget(self.keep)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done)
        done_row.addStretch(1)
        layout.addLayout(done_row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Thank you for signing"))
        self.saved.setText(
            self.tr("Practice only: this entry is not a real signature and is not kept safe.")
            if self.practice
            else self.tr("Your signature is saved and encrypted on this device.")
        )
        self.code_caption.setText(self.tr("Your receipt code"))
        self.keep.setText(
            self.tr(
                "Photograph or note this code if you may want to withdraw your signature later."
                " The next person cannot see your entry."
            )
        )
        self.done.setText(self.tr("Done"))

    def prepare_receipt(self, code: str) -> None:
        """Work out the QR of the code the next signer will get, before they sign (the code
        is nobody's until its signature is committed; nothing is shown)."""
        self.qr.prepare(code)

    def _fit_code(self) -> None:
        """Fix the code's label at the size of the widest possible code in its font, so a
        new code is drawn in place and the screen needs no new layout for it."""
        self.code.ensurePolished()
        font = self.code.font().key()
        if font == self._code_font:
            return
        metrics = self.code.fontMetrics()
        wide = max(RECEIPT_ALPHABET, key=metrics.horizontalAdvance)
        shown = self.code.text()
        self.code.setText(f"{wide * 4}-{wide * 4}")
        size = self.code.sizeHint()
        self.code.setText(shown)
        self.code.setFixedSize(size)
        self._code_font = font

    def show_receipt(self, code: str) -> None:
        self._fit_code()
        self.code.setText(code)
        self.qr.set_text(code)  # the prepared QR if it is this code
        self._unpainted = True

    def show_purpose(self, text: str) -> None:
        """Where the signature just saved goes (from the petition's routes, in the signer's
        language): the same words as the kiosk's consent text."""
        if self.purpose.text() != text:  # mostly the same: no new layout for it
            self.purpose.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The content is what gets painted (it covers this view; the view itself never
        # gets a paint event), whatever part of it is on screen.
        if self._unpainted and event.type() == QEvent.Type.Paint:
            self._unpainted = False
            self.painted.emit()
        return super().eventFilter(watched, event)

    def forget(self) -> None:
        """Remove the receipt code from every widget once the screen has been seen."""
        self._unpainted = False
        self.code.clear()
        self.qr.clear()
