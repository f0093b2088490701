"""Accessible names and descriptions: what a screen reader says for each field and button.

A field's name is the text of the label a sighted user reads beside it (its form row or the
label whose buddy it is), so the two never drift apart; widgets without a label get theirs
from the screen that builds them (`describe`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

_FROM_LABEL = "stallappNameFromLabel"


def describe(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":：")


def name_from_labels(root: QWidget) -> None:
    """Name every field inside `root` after its visible label (form rows and buddies)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            _take(buddy, label.text())
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(caption, QLabel) and field is not None and caption.text():
                _take(field, caption.text())
    name_from_placeholders(root)


def name_from_placeholders(root: QWidget) -> None:
    """A field with no label of its own is named after its placeholder ("PIN")."""
    for field in root.findChildren(QLineEdit):
        if field.placeholderText() and (not field.accessibleName() or field.property(_FROM_LABEL)):
            _take(field, field.placeholderText())


def _take(field: QWidget, text: str) -> None:
    # A name set by the screen itself (describe) is kept; one taken from a label follows it.
    if field.accessibleName() and not field.property(_FROM_LABEL):
        return
    field.setProperty(_FROM_LABEL, True)
    field.setAccessibleName(_plain(text))
