"""Starting the Qt application: translations, the main window, the demo vault."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from stallapp.services.language_setting import load_language, save_language
from stallapp.ui.main_window import MainWindow
from stallapp.ui.shared import crash_guard
from stallapp.ui.shared.i18n import Translations


def system_language() -> str:
    """The petition language code closest to the system locale (English otherwise)."""
    locale = QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.SimplifiedChineseScript:
        return "zh-Hans"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh-Hant"
    simplified = (QLocale.Country.China, QLocale.Country.Singapore)
    return "zh-Hans" if locale.territory() in simplified else "zh-Hant"


def remember_language(lang: str) -> None:
    """Keep the volunteer's choice for the next run; a read-only config folder is no error."""
    # If it cannot be written the app works the same; it starts in the system language.
    with contextlib.suppress(OSError, ValueError):
        save_language(lang)


def build_window(data_dir: Path, demo: bool = False, app: QApplication | None = None) -> MainWindow:
    demo_passphrase = None
    folder = data_dir
    if demo:  # the demo's builder (capture, sealing) is imported only for a demo
        from stallapp.services.demo import DEMO_PASSPHRASE, ensure_demo_vault

        folder, demo_passphrase = ensure_demo_vault(data_dir), DEMO_PASSPHRASE
    qapp = app or QApplication.instance()
    assert isinstance(qapp, QApplication)
    translations = Translations(qapp)
    translations.set_language(load_language() or system_language())
    return MainWindow(
        folder,
        translations,
        demo_passphrase=demo_passphrase,
        remember_language=remember_language,
    )


def run_app(data_dir: Path, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("stallapp")
    crash_guard.install()
    window = build_window(data_dir, demo, app)
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    return int(app.exec())
