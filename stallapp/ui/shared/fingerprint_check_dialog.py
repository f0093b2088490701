"""The in-person fingerprint check: a QR code, the digits, who they belong to, two answers.

Used when a stall trusts a campaign pack and when a coordinator enrols a stall device. Each
caller gives its own (translated) words; accepting means the person said every digit matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stallapp.sealing.fingerprint import qr_text
from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.qr_view import QrView


@dataclass(frozen=True)
class CheckWords:
    title: str
    intro: str
    owner: str  # whose fingerprint this is (a coordinator's or a device's name)
    accept: str
    reject: str


class FingerprintCheckDialog(QDialog):
    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = fingerprint

    def build(self, words: CheckWords) -> None:
        """Lay the dialog out; subclasses call this with their own translated words."""
        self.setWindowTitle(words.title)
        layout = QVBoxLayout(self)
        intro = QLabel(words.intro)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QrView(qr_text(self.fingerprint), size=120))
        column = QVBoxLayout()
        column.addWidget(QLabel(words.owner))
        self.code_label = QLabel(self.fingerprint)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold;")
        column.addWidget(self.code_label)
        column.addStretch(1)
        row.addLayout(column, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(words.accept, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = buttons.addButton(words.reject, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter never vouches for a key: the safe default is to say the codes differ.
        settle_dialog(self, self.reject_button)
