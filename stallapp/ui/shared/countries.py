"""The countries a signer may choose when a petition accepts addresses outside the UK.

A fixed, short list (ISO 3166 alpha-2 codes) of where Hong Kongers in the UK most often
have family or another home, with names in every kiosk language. There is deliberately no
"Other": every name on screen must be translated, and the list stays touch-friendly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from stallapp.ui.shared.style import TOUCH_MIN

UK = "GB"
# United Kingdom first (the default), then the diaspora's common countries.
COUNTRY_CODES = ("GB", "HK", "TW", "IE", "FR", "DE", "NL", "CA", "US", "AU")


class CountryNames(QObject):
    def names(self) -> dict[str, str]:
        return {
            "GB": self.tr("United Kingdom"),
            "HK": self.tr("Hong Kong"),
            "TW": self.tr("Taiwan"),
            "IE": self.tr("Ireland"),
            "FR": self.tr("France"),
            "DE": self.tr("Germany"),
            "NL": self.tr("Netherlands"),
            "CA": self.tr("Canada"),
            "US": self.tr("United States"),
            "AU": self.tr("Australia"),
        }


def country_box(name: str = "country") -> QComboBox:
    """A chooser holding the codes as item data, United Kingdom selected."""
    box = QComboBox()
    box.setObjectName(name)
    box.setMinimumHeight(TOUCH_MIN)
    for code in COUNTRY_CODES:
        box.addItem(code, code)
    box.setCurrentIndex(0)
    retranslate_countries(box)
    return box


def retranslate_countries(box: QComboBox) -> None:
    names = CountryNames().names()
    for i in range(box.count()):
        box.setItemText(i, names[str(box.itemData(i))])
