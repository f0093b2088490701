"""The optional screen between signers: one large button, nothing of anyone before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from stallapp.ui.shared.style import mark_primary, set_role


class TapToSignView(QWidget):
    """Emits `tapped` when the next signer touches the button."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tapToSign")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self.heading = QLabel()
        set_role(self.heading, "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.button = QPushButton()
        self.button.setObjectName("tapToSignButton")
        mark_primary(self.button)
        self.button.setMinimumHeight(160)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self.tapped)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sign the petition here"))
        self.button.setText(self.tr("Tap to sign"))
        self.button.setAccessibleName(self.tr("Tap to sign"))
        self.button.setAccessibleDescription(self.tr("Opens a blank petition form"))
