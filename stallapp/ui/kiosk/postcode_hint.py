"""The hint under the postcode field, updated as the signer types.

United Kingdom: the live postcode check. Any other country: the service's loose rule for a
postal code (letters, digits and spaces; it may be empty). Hints never repeat what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from stallapp.domain import postcode as pc
from stallapp.domain.errors import Field, FieldError, Reason
from stallapp.domain.signer import clean_postcode
from stallapp.domain.textnorm import nfkc
from stallapp.ui.shared.countries import UK
from stallapp.ui.shared.field_messages import FieldMessages


class PostcodeHint(QObject):
    def __init__(self, messages: FieldMessages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages

    def for_text(self, text: str, country: str = UK) -> tuple[str, str]:
        """The hint for `text` as (message, style role)."""
        if country != UK:
            try:
                clean_postcode(text, True, country)
            except FieldError as exc:
                return self.messages.text(exc.field, exc.reason), "hint"
            return (
                self.tr(
                    "The postal code of your address, if it has one: letters, digits and spaces"
                ),
                "hint",
            )
        # The same normalisation as on submit: a full-width postcode typed by a Chinese
        # input method (ＣＶ１　１ＬＬ) is a valid postcode here too.
        why = pc.problem(nfkc(text))
        if why == Reason.MISSING:
            return self.tr("For example CV1 1LL"), "hint"
        if why is None:
            return self.tr("✓ This looks like a UK postcode"), "ok"
        if why == Reason.INCOMPLETE:
            return self.tr("Keep typing: a postcode looks like CV1 1LL"), "hint"
        return self.messages.text(Field.POSTCODE, why), "hint"
