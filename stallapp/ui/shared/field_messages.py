"""Translated messages for the errors the Qt-free services raise about a signer's fields.

The services speak English (their messages reach the CLI too); a signer reading Chinese must
get the message in Chinese. Known messages map to a translated one; anything else falls back
to a translated, general message for that field. No message ever repeats what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class FieldMessages(QObject):
    def known(self) -> dict[str, str]:
        return {
            "Please enter your name.": self.tr("Please enter your name."),
            "Please enter your address.": self.tr("Please enter your address."),
            "Please use at most 5 address lines.": self.tr("Please use at most 5 address lines."),
            "The postcode is too long.": self.tr("The postcode is too long."),
            "Please enter your postcode, e.g. CV1 1LL.": self.tr(
                "Please enter your postcode, e.g. CV1 1LL."
            ),
            "A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL.": self.tr(
                "A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL."
            ),
            "That is longer than a UK postcode, e.g. CV1 1LL.": self.tr(
                "That is longer than a UK postcode, e.g. CV1 1LL."
            ),
            "The last part of a postcode is a number then two letters, e.g. 1LL.": self.tr(
                "The last part of a postcode is a number then two letters, e.g. 1LL."
            ),
            "That does not look like a UK postcode. Please check it, e.g. CV1 1LL.": self.tr(
                "That does not look like a UK postcode. Please check it, e.g. CV1 1LL."
            ),
            "The postal code may hold only letters, digits and spaces.": self.tr(
                "The postal code may hold only letters, digits and spaces."
            ),
            "Please choose a country.": self.tr("Please choose a country."),
            "Please check the email address (like name@example.org).": self.tr(
                "Please check the email address (like name@example.org)."
            ),
            "Please tick the box to agree before signing.": self.tr(
                "Please tick the box to agree before signing."
            ),
        }

    def general(self, field: str) -> str:
        return {
            "name": self.tr("Please check your name: letters and spaces only, not too long."),
            "address": self.tr("Please check your address: plain text, not too long."),
            "postcode": self.tr("Please check your postcode, e.g. CV1 1LL."),
            "country": self.tr("This petition is for UK addresses only."),
            "email": self.tr("Please check the email address (like name@example.org)."),
            "consent": self.tr("Please tick the box to agree before signing."),
        }.get(field, self.tr("Please check the form."))

    def text(self, field: str, english: str) -> str:
        return self.known().get(english) or self.general(field)
