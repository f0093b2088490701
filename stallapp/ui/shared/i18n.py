"""Qt translation catalogues: one QTranslator per compiled .qm of the chosen language.

Catalogues are named stallapp_<area>_<lang>.qm (area: kiosk, coordinator, organiser, ...;
lang: en, zh_Hant, zh_Hans) in resources/translations/. Every area present is loaded, so
screens built by other parts of the app translate with the same switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from stallapp.system.resources import resource

# Petition language code -> catalogue suffix.
CATALOGUE_CODES = {"en": "en", "zh-Hant": "zh_Hant", "zh-Hans": "zh_Hans"}
# Qt's own catalogue for its standard buttons and file dialogs (shipped in the PySide6 wheel).
QT_BASE_CATALOGUES = {"zh-Hant": "qtbase_zh_TW", "zh-Hans": "qtbase_zh_CN"}
# Language names are written in their own language, so nobody needs to read English to switch.
NATIVE_NAMES = {"en": "English", "zh-Hant": "繁體中文", "zh-Hans": "简体中文"}
# Regional CJK fonts, so that Traditional and Simplified text use their own glyph forms.
_FONT_FAMILIES = {
    "en": ["Noto Sans", "DejaVu Sans", "Noto Sans CJK TC"],
    "zh-Hant": ["Noto Sans CJK TC", "Noto Sans", "DejaVu Sans"],
    "zh-Hans": ["Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"],
}


def translations_dir() -> Path:
    return resource("translations")


class Translations(QObject):
    """Installs the catalogues of one language at a time and says when it changed."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.folder = folder or translations_dir()
        self.language = "en"
        self._installed: list[QTranslator] = []

    def catalogues(self, lang: str) -> list[Path]:
        """Qt's base catalogue first (Yes, No, Close, the file dialog), then ours, so our
        own words win where both translate the same text."""
        code = CATALOGUE_CODES[lang]
        ours = sorted(self.folder.glob(f"stallapp_*_{code}.qm"))
        base = QT_BASE_CATALOGUES.get(lang)
        if base is None:
            return ours
        qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"{base}.qm"
        return ([qt] if qt.is_file() else []) + ours

    def remove(self) -> None:
        """Uninstall every catalogue this object installed."""
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []

    def set_language(self, lang: str) -> None:
        if lang not in CATALOGUE_CODES:
            lang = "en"
        self.remove()
        for path in self.catalogues(lang):
            translator = QTranslator(self)
            if translator.load(str(path)):
                self.app.installTranslator(translator)
                self._installed.append(translator)
        self.language = lang
        if isinstance(self.app, QApplication):
            font = QFont(self.app.font())
            font.setFamilies(_FONT_FAMILIES[lang])
            self.app.setFont(font)
        self.language_changed.emit(lang)
