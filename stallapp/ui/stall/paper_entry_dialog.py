"""Transcribing paper rows: sheet serial and row, the signer's details, no drawn signature."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from stallapp.domain.errors import Field, FieldError, Reason, StallappError
from stallapp.domain.petition import Petition
from stallapp.domain.signer import MAX_ROW
from stallapp.printing.wording import short_version
from stallapp.services.capture import CaptureService
from stallapp.ui.shared.countries import UK, country_box
from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.field_messages import FieldMessages
from stallapp.ui.shared.private_fields import (
    EMAIL_HINTS,
    POSTCODE_HINTS,
    PrivateLineEdit,
    PrivateTextEdit,
)
from stallapp.ui.shared.screen_fit import bounded
from stallapp.ui.shared.scrolling import scrolling_body
from stallapp.ui.shared.style import mark_primary, set_role


class PaperEntryDialog(QDialog):
    """Stays open for the next row after each save; emits `entry_saved` each time."""

    entry_saved = Signal()

    def __init__(
        self,
        capture: CaptureService,
        petition: Petition,
        event_id: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.capture = capture
        self.petition = petition
        self.event_id = event_id
        self.lang = lang
        self.messages = FieldMessages(self)
        self.saved_count = 0
        self.setObjectName("paperDialog")
        self.setWindowTitle(self.tr("Enter paper rows"))
        self.setMinimumWidth(min(620, bounded(self, QSize(620, 0)).width()))
        layout, footer = scrolling_body(self)
        form = QFormLayout()
        self.serial = PrivateLineEdit()
        self.serial.setObjectName("sheetSerial")
        self.row = QSpinBox()
        self.row.setObjectName("sheetRow")
        self.row.setRange(1, MAX_ROW)
        self.name = PrivateLineEdit()
        self.name.setObjectName("name")
        self.address = PrivateTextEdit()
        self.address.setObjectName("address")
        self.address.setFixedHeight(90)
        self.postcode = PrivateLineEdit(hints=POSTCODE_HINTS)
        self.postcode.setObjectName("postcode")
        self.postcode_label = QLabel(self.tr("Postcode"))
        # Only for a petition that accepts addresses abroad; back to United Kingdom each row.
        self.country: QComboBox | None = None
        if petition.allow_non_uk:
            self.country = country_box()
            self.country.currentIndexChanged.connect(self._country_changed)
        # The sheet's live/work/study column, for a council petition that asks; a signer
        # may have left it blank.
        self.connection: QComboBox | None = None
        if petition.live_work_study:
            self.connection = QComboBox()
            self.connection.setObjectName("connection")
            self.connection.addItem(self.tr("Left blank"), "")
            self.connection.addItem(self.tr("Lives there"), "live")
            self.connection.addItem(self.tr("Works there"), "work")
            self.connection.addItem(self.tr("Studies there"), "study")
        self.email = PrivateLineEdit(hints=EMAIL_HINTS)
        self.email.setObjectName("email")
        # A sheet has no consent box, contact box or email column: the row records that it
        # was signed by hand with the printed privacy notice (this version) shown.
        self.consent = QCheckBox(self.tr("Signed by hand on this sheet"))
        self.consent.setObjectName("consent")
        # A check box does not wrap its text, so the notice version goes on its own line.
        self.notice_shown = QLabel(
            self.tr("The printed privacy notice %1 was shown at the stall.").replace(
                "%1", short_version(petition.notice_version())
            )
        )
        self.notice_shown.setWordWrap(True)
        self.consent.setAccessibleDescription(self.notice_shown.text())
        self.contact = QCheckBox(self.tr("The signer ticked the optional contact box"))
        self.contact.setObjectName("contactConsent")
        self.contact.setVisible(False)
        form.addRow(self.tr("Sheet serial"), self.serial)
        form.addRow(self.tr("Row"), self.row)
        form.addRow(self.tr("Name"), self.name)
        if petition.address_mode == "full":
            form.addRow(self.tr("Address"), self.address)
        if self.country is not None:
            form.addRow(self.tr("Country"), self.country)
        form.addRow(self.postcode_label, self.postcode)
        if self.connection is not None:
            form.addRow(self.tr("Live, work or study"), self.connection)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.notice_shown)
        layout.addWidget(self.contact)
        self.message = QLabel()
        self.message.setObjectName("paperMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.save = QPushButton(self.tr("Save this row"))
        self.save.setObjectName("saveRow")
        mark_primary(self.save)
        self.save.clicked.connect(self.try_save)
        buttons.addWidget(close)
        buttons.addWidget(self.save)
        footer.addLayout(buttons)
        settle_dialog(self, self.save)

    def country_code(self) -> str:
        return str(self.country.currentData()) if self.country is not None else UK

    def _country_changed(self, _index: int) -> None:
        uk = self.country_code() == UK
        self.postcode_label.setText(self.tr("Postcode") if uk else self.tr("Postal code"))

    def try_save(self) -> None:
        try:
            self.capture.record(
                self.petition.id,
                self.event_id,
                name=self.name.text(),
                address=self.address.toPlainText(),
                postcode=self.postcode.text(),
                country=self.country_code(),
                email=self.email.text() or None,
                consent=self.consent.isChecked(),
                contact_consent=self.contact.isChecked() and self.contact.isVisible(),
                language=self.lang,
                origin="paper",
                sheet_serial=self.serial.text(),
                sheet_row=self.row.value(),
                connection=(
                    str(self.connection.currentData() or "") or None
                    if self.connection is not None
                    else None
                ),
            )
        except FieldError as exc:
            set_role(self.message, "error")
            if exc.field in (Field.SHEET, Field.ROW):
                self.message.setText(self.sheet_message(exc.field, exc.reason))
                (self.serial if exc.field == Field.SHEET else self.row).setFocus()
            else:
                self.message.setText(self.messages.text(exc.field, exc.reason))
            return
        except StallappError:
            set_role(self.message, "error")
            self.message.setText(self.tr("This row could not be saved. Nothing was changed."))
            return
        self.saved_count += 1
        self._next_row()
        self.entry_saved.emit()

    def sheet_message(self, field: str, reason: str) -> str:
        """The field error for a sheet serial or row, in the screen's language."""
        if field == Field.SHEET and reason == Reason.UNKNOWN:
            return self.tr("No sheet with that serial was printed from this vault.")
        if field == Field.SHEET and reason == Reason.NOT_ACCEPTED:
            return self.tr("That sheet was printed for another petition.")
        if field == Field.ROW and reason == Reason.OUT_OF_RANGE:
            return self.tr("That row number is not on this sheet.")
        if field == Field.ROW and reason == Reason.DUPLICATE:
            return self.tr("That sheet row has already been typed in.")
        return self.tr("Please check the sheet serial and row number.")

    def _next_row(self) -> None:
        """Keep the sheet, move to the next row, and drop everything about the signer."""
        for edit in (self.name, self.postcode, self.email):
            edit.setText("")
        self.address.clear()
        if self.country is not None:
            self.country.setCurrentIndex(0)
        if self.connection is not None:
            self.connection.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.contact.setChecked(False)
        self.row.setValue(min(self.row.value() + 1, MAX_ROW))
        set_role(self.message, "ok")
        self.message.setText(
            self.tr("Row saved. Next row: %1").replace("%1", str(self.row.value()))
        )
        self.name.setFocus()
