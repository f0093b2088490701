"""A band across every kiosk screen of a rehearsal or demo vault: practice data only.

Such vaults have a public passphrase and a cheap key derivation, so a real signer's entry
must never go into one; the band says so to the signer and the volunteer, in the kiosk's
language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PracticeBand(QLabel):
    """Shown only for practice vaults; the kiosk page places it above its screens."""

    def __init__(self, practice: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBand")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("background: #7a1f1f; color: white; font-weight: bold; padding: 8px;")
        self.setVisible(practice)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Practice vault: do not collect real signatures"))
