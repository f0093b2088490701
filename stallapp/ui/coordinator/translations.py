"""Loading the coordinator screen's Qt translation catalogue for a language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from stallapp.system.resources import resource


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install stallapp_coordinator_<lang>.qm ('en', 'zh-Hant', 'zh-Hans'); keep the result
    alive as long as the translation is wanted (Qt does not own it)."""
    name = f"stallapp_coordinator_{language.replace('-', '_')}.qm"
    path = resource("translations", name)
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator
