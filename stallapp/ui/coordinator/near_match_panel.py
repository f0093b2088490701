"""Near matches for review: both people side by side, the reason, confirm or reject."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.dedupe import NearMatch, Side


class NearMatchPanel(QWidget):
    decision_made = Signal(int, bool)
    """(near match id, True = the same person, False = different people)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Possible duplicates to review"))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Same person: merge"))
        self.reject_button = QPushButton(self.tr("Different people"))
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.set_matches([])

    def _side(self, side: Side) -> str:
        mail = f" <{side.email}>" if side.email else ""
        return (
            self.tr("%1, %2%3 (%n signature(s))", "", side.signatures)
            .replace("%1", side.name)
            .replace("%2", side.postcode)
            .replace("%3", mail)
        )

    def set_matches(self, matches: list[NearMatch]) -> None:
        self.list.clear()
        for m in matches:
            text = f"{self._reason(m.reason)}\n    {self._side(m.a)}\n    {self._side(m.b)}"
            item = QListWidgetItem(text)
            item.setData(256, m.id)
            self.list.addItem(item)
        self.heading.setText(self.tr("Near matches to review: %1").replace("%1", str(len(matches))))
        if matches:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        """The stored English reason (services/name_match.py, dedupe.py) in the ui's language."""
        known = {
            "same name apart from spacing": self.tr("same name apart from spacing"),
            "same name and postcode, different email": self.tr(
                "same name and postcode, different email"
            ),
            "similar to a merged person": self.tr("similar to a merged person"),
            "same name in Chinese and in romanised form": self.tr(
                "same name in Chinese and in romanised form"
            ),
            "same name in Chinese and in romanised form, with an extra given name": self.tr(
                "same name in Chinese and in romanised form, with an extra given name"
            ),
            "same name in Traditional and Simplified characters": self.tr(
                "same name in Traditional and Simplified characters"
            ),
            "same name, same postcode area": self.tr("same name, same postcode area"),
            "same name in another romanised spelling": self.tr(
                "same name in another romanised spelling"
            ),
        }
        if reason in known:
            return known[reason]
        scored = {
            "similar name (": self.tr("similar name (%1%), same postcode"),
            "similar spelling (": self.tr("similar spelling (%1%), same postcode area"),
        }
        for start, text in scored.items():
            if reason.startswith(start):
                return text.replace("%1", reason[len(start) :].split("%")[0])
        return reason

    def _update_buttons(self) -> None:
        enabled = self.list.currentItem() is not None and self.isEnabled()
        self.confirm_button.setEnabled(enabled)
        self.reject_button.setEnabled(enabled)

    def _decide(self, confirm: bool) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.decision_made.emit(int(item.data(256)), confirm)
