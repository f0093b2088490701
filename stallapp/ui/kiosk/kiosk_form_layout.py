"""The widgets of one signer's form, laid out: the petition and the privacy notice in one
column, the fields, consent, the pad and Sign in the other. KioskForm (kiosk_form.py) adds
the words (in the signer's language), the wiring and the checks; nothing here holds text a
signer typed until the form is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.petition import Petition
from stallapp.domain.signer import CONNECTIONS
from stallapp.ui.kiosk.signature_pad import SignaturePad
from stallapp.ui.shared.countries import country_box
from stallapp.ui.shared.private_fields import (
    EMAIL_HINTS,
    POSTCODE_HINTS,
    PrivateLineEdit,
    PrivateTextEdit,
)
from stallapp.ui.shared.scrolling import finger_scrolling
from stallapp.ui.shared.style import TOUCH_MIN, mark_primary, mark_quiet, set_role


def _label(role: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


class KioskFormLayout(QWidget):
    """Builds the widgets for `petition`; only the fields the petition asks for exist."""

    def __init__(self, petition: Petition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.petition = petition
        self._toggles: dict[QObject, QCheckBox] = {}
        self._build()

    def _build(self) -> None:
        p = self.petition
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.split.setContentsMargins(16, 8, 16, 16)
        self.split.setSpacing(20)

        # The petition and the privacy notice, scrollable.
        reading = QWidget()
        rl = QVBoxLayout(reading)
        rl.setContentsMargins(4, 4, 12, 4)
        self.title = _label("title")
        self.petition_of = _label("hint")
        self.body = _label("")
        self.prayer_heading = _label("heading")
        self.prayer = _label("")
        self.privacy_heading = _label("heading")
        self.privacy = _label("hint")
        for w in (self.title, self.petition_of, self.body, self.prayer_heading, self.prayer):
            rl.addWidget(w)
        rl.addSpacing(12)
        rl.addWidget(self.privacy_heading)
        rl.addWidget(self.privacy)
        rl.addStretch(1)
        self.reading_scroll = QScrollArea()
        self.reading_scroll.setWidget(reading)
        self.reading_scroll.setWidgetResizable(True)
        self.reading_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reading_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        finger_scrolling(self.reading_scroll)
        self.split.addWidget(self.reading_scroll, 5)

        # The fields and consent (details), then the pad and the Sign button (signing).
        entry = QWidget()
        self.entry_split = QBoxLayout(QBoxLayout.Direction.TopToBottom, entry)
        self.entry_split.setContentsMargins(4, 4, 12, 4)
        self.entry_split.setSpacing(10)
        details = QWidget()
        el = QVBoxLayout(details)
        el.setContentsMargins(0, 0, 0, 0)
        el.setSpacing(6)
        self.name_label = _label("heading")
        self.name = PrivateLineEdit()
        self.name.setObjectName("name")
        el.addWidget(self.name_label)
        el.addWidget(self.name)
        self.address: PrivateTextEdit | None = None
        self.address_label = _label("heading")
        if p.address_mode == "full":
            self.address = PrivateTextEdit()
            self.address.setObjectName("address")
            self.address.setFixedHeight(84)
            el.addWidget(self.address_label)
            el.addWidget(self.address)
        else:
            self.address_label.hide()
        self.postcode_label = _label("heading")
        self.postcode = PrivateLineEdit(hints=POSTCODE_HINTS)
        self.postcode.setObjectName("postcode")
        self.postcode.setMaxLength(16)
        self.postcode_hint = _label("hint")
        # Only a petition that accepts addresses abroad shows a country chooser, beside the
        # postcode so the form stays as tall as before. It is built with the form, so it
        # always starts at United Kingdom for the next signer.
        self.country: QComboBox | None = None
        self.country_label = _label("heading")
        if p.allow_non_uk:
            self.country = country_box()
            self.country_label.setBuddy(self.country)
            place = QGridLayout()
            place.setContentsMargins(0, 0, 0, 0)
            place.setHorizontalSpacing(10)
            place.setVerticalSpacing(6)
            place.addWidget(self.country_label, 0, 0, Qt.AlignmentFlag.AlignBottom)
            place.addWidget(self.postcode_label, 0, 1, Qt.AlignmentFlag.AlignBottom)
            place.addWidget(self.country, 1, 0)
            place.addWidget(self.postcode, 1, 1)
            place.addWidget(self.postcode_hint, 2, 0, 1, 2)
            place.setColumnStretch(0, 1)
            place.setColumnStretch(1, 1)
            el.addLayout(place)
        else:
            self.country_label.hide()
            el.addWidget(self.postcode_label)
            el.addWidget(self.postcode)
            el.addWidget(self.postcode_hint)
        # Live, work or study in the area: only for a council petition whose scheme asks.
        self.connection: QButtonGroup | None = None
        self.connection_label = _label("heading")
        self.connection_buttons: dict[str, QRadioButton] = {}
        if p.live_work_study:
            self.connection = QButtonGroup(self)
            row = QHBoxLayout()
            for code in CONNECTIONS:
                button = QRadioButton()
                button.setObjectName("connection_" + code)
                button.setMinimumHeight(TOUCH_MIN)
                self.connection.addButton(button)
                self.connection_buttons[code] = button
                row.addWidget(button)
            row.addStretch(1)
            el.addWidget(self.connection_label)
            el.addLayout(row)
        else:
            self.connection_label.hide()
        self.email: PrivateLineEdit | None = None
        self.email_label = _label("heading")
        if p.email_mode == "optional":
            self.email = PrivateLineEdit(hints=EMAIL_HINTS)
            self.email.setObjectName("email")
            el.addWidget(self.email_label)
            el.addWidget(self.email)
        else:
            self.email_label.hide()

        self.consent = QCheckBox()
        self.consent.setObjectName("consent")
        self.consent_text = _label("")
        el.addSpacing(8)
        el.addLayout(self._check_row(self.consent, self.consent_text))
        self.contact: QCheckBox | None = None
        self.contact_text = _label("hint")
        if p.contact_consent is not None:
            self.contact = QCheckBox()
            self.contact.setObjectName("contactConsent")
            el.addLayout(self._check_row(self.contact, self.contact_text))
        el.addStretch(1)
        self.entry_split.addWidget(details)

        signing = QWidget()
        sl = QVBoxLayout(signing)
        sl.setContentsMargins(0, 0, 0, 0)
        self.pad_label = _label("heading")
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(160)
        self.clear_pad = QPushButton()
        self.clear_pad.setObjectName("clearPad")
        mark_quiet(self.clear_pad)
        self.clear_pad.clicked.connect(self.pad.clear)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad_label, 1)
        pad_row.addWidget(self.clear_pad, 0, Qt.AlignmentFlag.AlignBottom)
        sl.addLayout(pad_row)
        sl.addWidget(self.pad, 1)
        self.error = _label("error")
        self.error.setObjectName("formError")
        sl.addWidget(self.error)
        self.sign = QPushButton()
        self.sign.setObjectName("sign")
        mark_primary(self.sign)
        self.sign.setMinimumHeight(TOUCH_MIN + 16)
        sl.addWidget(self.sign)
        self.entry_split.addWidget(signing, 1)
        self.entry_scroll = QScrollArea()
        self.entry_scroll.setWidget(entry)
        self.entry_scroll.setWidgetResizable(True)
        self.entry_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.entry_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Both columns scroll with a finger; a stroke on the pad stops the entry column's
        # scrolling (SignaturePad._hold_scrolling), so a signature is never taken for a scroll.
        finger_scrolling(self.entry_scroll)
        self.split.addWidget(self.entry_scroll, 5)

    def _check_row(self, box: QCheckBox, text: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        text.setBuddy(box)
        # Tapping the statement ticks the box, as a signer expects.
        text.installEventFilter(self)
        self._toggles[text] = box
        return row
