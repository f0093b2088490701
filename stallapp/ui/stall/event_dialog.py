"""A new stall event in a few taps: city, location, date and hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import Field, FieldError, StallappError
from stallapp.domain.event import StallEvent
from stallapp.services.capture import CaptureService
from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.style import mark_primary, set_role


class EventDialog(QDialog):
    def __init__(self, capture: CaptureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.created: StallEvent | None = None
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("New stall event"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.city = QLineEdit()
        self.city.setObjectName("city")
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("e.g. Broadgate, CV1 1LL"))
        self.day = QLineEdit(date.today().isoformat())
        self.day.setObjectName("day")
        self.start = QLineEdit("12:00")
        self.start.setObjectName("start")
        self.end = QLineEdit("14:00")
        self.end.setObjectName("end")
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Date (YYYY-MM-DD)"), self.day)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("eventMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Create event"))
        self.save.setObjectName("saveEvent")
        mark_primary(self.save)
        self.save.clicked.connect(self.try_save)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)
        settle_dialog(self, self.save)

    def try_save(self) -> None:
        try:
            self.created = self.capture.add_event(
                city=self.city.text(),
                location=self.location.text(),
                day=self.day.text(),
                start=self.start.text() or None,
                end=self.end.text() or None,
            )
        except FieldError as exc:
            # Event fields hold no personal data; the service's message names the field.
            self.message.setText(self.tr("Please check the event: %1").replace("%1", exc.message))
            self._focus(exc.field)
            return
        except StallappError as exc:
            self.message.setText(exc.message)
            return
        self.accept()

    def _focus(self, field: str) -> None:
        """Put the cursor in the field the error's code names."""
        edits: dict[str, QLineEdit] = {
            Field.CITY: self.city,
            Field.LOCATION: self.location,
            Field.DATE: self.day,
            Field.START: self.start,
            Field.END: self.end,
        }
        edit = edits.get(field)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()
