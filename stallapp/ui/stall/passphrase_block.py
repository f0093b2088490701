"""The passphrase block both vault screens show (first-run setup and unlock).

A box centred on its page: a title, a short explanation, the form rows, one message line
for problems and the primary button. Passphrase fields hide what is typed. The pages set
the texts; the block owns the layout, so the two screens look and behave alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.ui.shared.new_passphrase_fields import NewPassphraseFields
from stallapp.ui.shared.scrolling import VerticalScrollArea
from stallapp.ui.shared.style import mark_primary, mark_quiet, set_role

_MIN_WIDTH = 520


class PassphraseBlock(QWidget):
    """Add fields with `passphrase_field` and `add_row`, then lay it out with `place_on`."""

    def __init__(
        self, *, width: int, message_name: str, button_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMaximumWidth(width)
        self.setMinimumWidth(min(width, _MIN_WIDTH))
        self._layout = QVBoxLayout(self)
        self.title = QLabel()
        set_role(self.title, "title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.message = QLabel()
        self.message.setObjectName(message_name)
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName(button_name)
        mark_primary(self.button)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.intro)
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.message)
        self._below: list[QWidget] = []

    def passphrase_field(self, name: str) -> QLineEdit:
        """A new field whose text is hidden as it is typed; add it with `add_row`."""
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def add_row(self, field: QWidget, label: QWidget | str | None = None) -> None:
        """A form row: `label` above `field` ("" for a row under the one before, e.g. a
        hint), or, without a label, the field alone across the form."""
        if label is None:
            self.form.addRow(field)
        else:
            self.form.addRow(label, field)

    def add_new_passphrase(self, fields: NewPassphraseFields) -> None:
        """The rows of a new passphrase: the field, its strength hint, its confirmation."""
        self.add_row(fields.passphrase, fields.label)
        self.add_row(fields.strength, "")
        self.add_row(fields.confirm, fields.confirm_label)

    def add_quiet_button(self, object_name: str) -> QPushButton:
        """A secondary button under the main one (Close, Cancel...)."""
        button = QPushButton()
        button.setObjectName(object_name)
        mark_quiet(button)
        self.add_below(button)
        return button

    def say(self, text: str, *, ok: bool = False) -> None:
        """One line under the fields: a problem, or (ok) how things went."""
        set_role(self.message, "ok" if ok else "error")
        self.message.setText(text)

    def add_below(self, widget: QWidget) -> None:
        """Something shown under the button (e.g. the demo vault's hint)."""
        self._below.append(widget)

    def place_on(self, page: QWidget) -> None:
        """Centre the block on `page`, a little above the middle. Call it after the rows:
        the button joins the layout last, so Tab (and the first focus) goes through the
        fields in order, then to the button."""
        self._layout.addWidget(self.button)
        for widget in self._below:
            self._layout.addWidget(widget)
        holder = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(VerticalScrollArea(holder))  # scrolls on a short screen
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self, 6)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
