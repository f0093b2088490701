"""Every text of a petition, English and both Chinese scripts side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from stallapp.domain.petition import LANGUAGES, TEXT_TABLES, Petition

TABLES = TEXT_TABLES  # one row per text table of the petition definition, in its order
_SHORT = ("title", "petitioners")


class LanguageTextsEditor(QWidget):
    """A grid: one row per text, one column per language."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[tuple[str, str], QPlainTextEdit] = {}
        grid = QGridLayout(self)
        headers = (
            self.tr("English"),
            self.tr("Traditional Chinese"),
            self.tr("Simplified Chinese"),
        )
        for col, text in enumerate(headers, start=1):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        for row, table in enumerate(TABLES, start=1):
            label = QLabel(self.table_label(table))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for col, lang in enumerate(LANGUAGES, start=1):
                edit = QPlainTextEdit()
                edit.setObjectName(f"{table}.{lang}")
                edit.setAccessibleName(f"{self.table_label(table)} ({headers[col - 1]})")
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(54 if table in _SHORT else 130)
                edit.textChanged.connect(self.edited)
                grid.addWidget(edit, row, col)
                self.edits[(table, lang)] = edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)

    def table_label(self, table: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "petitioners": self.tr("Who the petitioners are"),
            "text": self.tr("Declares that (the petition's text)"),
            "prayer": self.tr("The request (prayer)"),
            "privacy_notice": self.tr("Privacy notice"),
            "consent": self.tr("Consent statement"),
            "contact_consent": self.tr("Optional contact consent"),
        }
        return labels[table]

    def edit(self, table: str, lang: str) -> QPlainTextEdit:
        return self.edits[(table, lang)]

    def values(self) -> dict[str, dict[str, str]]:
        """Non-empty texts by table and language; tables with no text are left out."""
        out: dict[str, dict[str, str]] = {}
        for table in TABLES:
            texts = {
                lang: self.edits[(table, lang)].toPlainText().strip()
                for lang in LANGUAGES
                if self.edits[(table, lang)].toPlainText().strip()
            }
            if texts:
                out[table] = texts
        return out

    def set_petition(self, petition: Petition | None) -> None:
        self.blockSignals(True)
        for table in TABLES:
            texts = getattr(petition, table) if petition is not None else None
            for lang in LANGUAGES:
                value = texts.values.get(lang, "") if texts is not None else ""
                self.edits[(table, lang)].setPlainText(value)
        self.blockSignals(False)
        self.edited.emit()
