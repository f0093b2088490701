"""Asking the volunteer before the signers the coordinator received leave this laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.style import set_role


class EraseReceivedDialog(QDialog):
    """Says exactly what the erasure does; Enter keeps everything (it cannot be undone)."""

    def __init__(self, count: int, batches: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseReceivedDialog")
        self.setWindowTitle(self.tr("Erase received signers"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.text = QLabel(
            self.tr(
                "The coordinator confirmed, with a signed receipt, that it holds %1 batch(es) "
                "from this laptop. The %2 signature(s) in them will be erased from this laptop "
                "now: names, addresses, e-mail addresses and drawn signatures, overwritten on "
                "the disk. The coordinator keeps its copy. Signatures not yet received stay "
                "here, and the counts on this laptop show the erased ones as "
                '"received and erased".'
            )
            .replace("%1", str(batches))
            .replace("%2", str(count))
        )
        self.text.setObjectName("eraseReceivedText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        warning = QLabel(self.tr("This cannot be undone."))
        set_role(warning, "error")
        layout.addWidget(warning)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("Keep them for now"))
        self.keep.setObjectName("keepReceived")
        self.keep.clicked.connect(self.reject)
        self.erase = QPushButton(self.tr("Erase %1 signature(s)").replace("%1", str(count)))
        self.erase.setObjectName("eraseReceived")
        self.erase.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.keep)
        row.addWidget(self.erase)
        layout.addLayout(row)
        settle_dialog(self, self.keep)
