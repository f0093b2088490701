"""Starting the Qt application (a first window; the kiosk arrives with the stall issue)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from stallapp.demo import DEMO_PASSPHRASE, ensure_demo_vault


class PlaceholderWindow(QMainWindow):
    def __init__(self, folder: Path, demo: bool) -> None:
        super().__init__()
        self.setWindowTitle("stallapp")
        body = QWidget()
        layout = QVBoxLayout(body)
        text = self.tr("stallapp is installed. The stall screens are on their way.")
        layout.addWidget(QLabel(text))
        if demo:
            layout.addWidget(QLabel(self.tr("Demo passphrase: %1").replace("%1", DEMO_PASSPHRASE)))
        self.setCentralWidget(body)
        self.resize(640, 360)


def run_app(data_dir: Path, demo: bool = False) -> int:
    folder = ensure_demo_vault(data_dir) if demo else data_dir
    app = QApplication.instance() or QApplication(sys.argv)
    window = PlaceholderWindow(folder, demo)
    window.show()
    return int(app.exec())
