"""Translated messages for the errors the Qt-free services raise about a signer's fields.

The services speak English (their messages reach the CLI too); a signer reading Chinese must
get the message in Chinese. A screen never reads the English: it picks its words here from the
error's stable codes (field, reason). A pair without words of its own falls back to a
translated, general message for that field. No message ever repeats what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from stallapp.domain.errors import Field, Reason


class FieldMessages(QObject):
    def known(self) -> dict[tuple[str, str], str]:
        """Words for the (field, reason) pairs a signer can meet, in the current language."""
        return {
            (Field.NAME, Reason.MISSING): self.tr("Please enter your name."),
            (Field.ADDRESS, Reason.MISSING): self.tr("Please enter your address."),
            (Field.ADDRESS, Reason.TOO_MANY_LINES): self.tr("Please use at most 5 address lines."),
            (Field.POSTCODE, Reason.TOO_LONG): self.tr("The postcode is too long."),
            (Field.POSTCODE, Reason.MISSING): self.tr("Please enter your postcode, e.g. CV1 1LL."),
            (Field.POSTCODE, Reason.INCOMPLETE): self.tr(
                "A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL."
            ),
            (Field.POSTCODE, Reason.LONGER_THAN_UK): self.tr(
                "That is longer than a UK postcode, e.g. CV1 1LL."
            ),
            (Field.POSTCODE, Reason.BAD_INWARD): self.tr(
                "The last part of a postcode is a number then two letters, e.g. 1LL."
            ),
            (Field.POSTCODE, Reason.NOT_UK_POSTCODE): self.tr(
                "That does not look like a UK postcode. Please check it, e.g. CV1 1LL."
            ),
            (Field.POSTCODE, Reason.BAD_CHARACTERS): self.tr(
                "The postal code may hold only letters, digits and spaces."
            ),
            (Field.COUNTRY, Reason.UNKNOWN): self.tr("Please choose a country."),
            (Field.EMAIL, Reason.BAD_FORMAT): self.tr(
                "Please check the email address (like name@example.org)."
            ),
            (Field.CONSENT, Reason.MISSING): self.tr(
                "Please tick the box to agree before signing."
            ),
        }

    def general(self, field: str) -> str:
        words: dict[str, str] = {
            Field.NAME: self.tr("Please check your name: letters and spaces only, not too long."),
            Field.ADDRESS: self.tr("Please check your address: plain text, not too long."),
            Field.POSTCODE: self.tr("Please check your postcode, e.g. CV1 1LL."),
            Field.COUNTRY: self.tr("This petition is for UK addresses only."),
            Field.EMAIL: self.tr("Please check the email address (like name@example.org)."),
            Field.CONSENT: self.tr("Please tick the box to agree before signing."),
        }
        return words.get(field, self.tr("Please check the form."))

    def text(self, field: str, reason: str) -> str:
        """The words for a problem with `field`; both are the error's codes (or their str)."""
        return self.known().get((field, reason)) or self.general(field)
