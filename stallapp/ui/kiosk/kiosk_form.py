"""One signer's form: the petition, the privacy notice, the fields, consent and the pad.

A KioskForm is built for one signer and destroyed after the submit (or an idle wipe), so
no widget that held a signer's text survives to the next signer.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QWidget,
)

from stallapp.domain import routes
from stallapp.domain.errors import Field, Reason
from stallapp.domain.petition import Petition
from stallapp.ui.kiosk.kiosk_form_layout import KioskFormLayout
from stallapp.ui.kiosk.postcode_hint import PostcodeHint
from stallapp.ui.shared.accessible import describe
from stallapp.ui.shared.countries import UK, retranslate_countries
from stallapp.ui.shared.field_messages import FieldMessages
from stallapp.ui.shared.private_fields import (
    PrivateLineEdit,
)
from stallapp.ui.shared.style import set_role

# Not a field: the entry was valid but could not be stored.
SAVE_FAILED = "save"


class KioskForm(KioskFormLayout):
    """Emits `submit_requested` when the signer presses Sign; the page does the rest."""

    submit_requested = Signal()

    def __init__(self, petition: Petition, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(petition, parent)
        self.setObjectName("kioskForm")
        self.lang = lang
        self.messages = FieldMessages(self)
        self.hints = PostcodeHint(self.messages, self)
        self._connect()
        self.retranslate(lang)

    def _connect(self) -> None:
        self.postcode.textChanged.connect(self._postcode_changed)
        if self.country is not None:
            self.country.currentIndexChanged.connect(self._country_changed)
        if self.connection is not None:
            self.connection.buttonClicked.connect(self._connection_chosen)
        self.pad.changed.connect(self._pad_changed)
        self.sign.clicked.connect(self.submit_requested)
        # An error goes as soon as the signer changes the field it is about.
        edited: list[tuple[str, SignalInstance]] = [
            (Field.NAME, self.name.textChanged),
            (Field.POSTCODE, self.postcode.textChanged),
            (Field.CONSENT, self.consent.toggled),
        ]
        if self.address is not None:
            edited.append((Field.ADDRESS, self.address.textChanged))
        if self.email is not None:
            edited.append((Field.EMAIL, self.email.textChanged))
        for code, signal in edited:
            signal.connect(lambda *_args, c=code: self._field_edited(c))
        # Enter in a field moves on to the next one, so typing needs no tap between fields.
        chain: list[QWidget] = [self.name]
        if self.address is not None:
            chain.append(self.address)
        chain.append(self.postcode)
        if self.email is not None:
            chain.append(self.email)
        chain.append(self.consent)
        for here, after in itertools.pairwise(chain):
            if isinstance(here, PrivateLineEdit):
                here.returnPressed.connect(lambda w=after: w.setFocus())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self._toggles:
            self._toggles[watched].toggle()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait: reading above, entry below. Landscape: side by side; wide screens put the
        pad in a third column so nothing needs scrolling on a 1366x768 laptop."""
        w, h = self.width(), self.height()
        portrait = h > w
        wide = not portrait and w >= 1200
        outer = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        inner = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != outer:
            self.split.setDirection(outer)
        self.split.setStretch(0, 2 if portrait else (4 if wide else 5))
        self.split.setStretch(1, 8 if portrait else (9 if wide else 5))
        if self.entry_split.direction() != inner:
            self.entry_split.setDirection(inner)
        self.entry_split.setStretch(0, 1)
        self.entry_split.setStretch(1, 1)
        super().resizeEvent(event)

    # -- texts ---------------------------------------------------------------------------

    def _target_label(self) -> str:
        """The petition's addressee, in the kiosk's language where it is a known body."""
        known = {
            "House of Commons": self.tr("House of Commons"),
            "Scottish Parliament": self.tr("Scottish Parliament"),
        }
        return known.get(self.petition.target_name, self.petition.target_name)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        p = self.petition
        self.title.setText(p.title.get(lang))
        self.petition_of.setText(
            self.tr("To the %1. The petition of %2:")
            .replace("%1", self._target_label())
            .replace("%2", p.petitioners.get(lang))
        )
        self.body.setText(self.tr("Declares that %1").replace("%1", p.text.get(lang)))
        self.prayer_heading.setText(self.tr("What we ask"))
        self.prayer.setText(p.prayer.get(lang))
        self.privacy_heading.setText(self.tr("Your privacy"))
        self.privacy.setText(routes.kiosk_privacy(p, lang))
        self.name_label.setText(self.tr("Your name"))
        self.address_label.setText(self.tr("Your address"))
        self.country_label.setText(self.tr("Country"))
        if self.country is not None:
            retranslate_countries(self.country)
            self.country.setAccessibleName(self.tr("Country of your address"))
        self.postcode_label.setText(
            self.tr("Postcode") if self.country_code() == UK else self.tr("Postal code")
        )
        self.email_label.setText(self.tr("Email (optional)"))
        self.connection_label.setText(
            self.tr("Do you live, work or study in the area of %1?").replace("%1", p.target_name)
        )
        connection_texts = {
            "live": self.tr("I live there"),
            "work": self.tr("I work there"),
            "study": self.tr("I study there"),
        }
        for code, button in self.connection_buttons.items():
            button.setText(connection_texts[code])
        self.consent_text.setText(p.consent.get(lang))
        self.consent.setAccessibleName(self.tr("I agree"))
        if p.contact_consent is not None:
            self.contact_text.setText(p.contact_consent.get(lang))
            if self.contact is not None:
                self.contact.setAccessibleName(self.tr("Contact me about future campaigns"))
        self.pad_label.setText(self.tr("Sign here with your finger, a pen or the mouse"))
        self.clear_pad.setText(self.tr("Clear signature"))
        self.sign.setText(self.tr("Sign the petition"))
        self.pad.setAccessibleName(self.tr("Signature pad"))
        self._describe()
        self._postcode_changed(self.postcode.text())
        if self.error.text():
            field = str(self.error.property("field") or "")
            self.error.setText(self.error_text(field, str(self.error.property("reason") or "")))

    def _describe(self) -> None:
        """What a screen reader says for each field (the labels' own words) and button."""
        describe(self.name, self.name_label.text(), self.tr("Required. As you would sign it."))
        if self.address is not None:
            describe(self.address, self.address_label.text(), self.tr("Required."))
        describe(self.postcode, self.postcode_label.text(), self.tr("Required."))
        if self.email is not None:
            describe(self.email, self.email_label.text(), self.tr("Optional."))
        if self.country is not None:
            describe(self.country, self.country_label.text())
        describe(self.consent, self.consent_text.text(), self.tr("Required to sign."))
        if self.contact is not None:
            describe(self.contact, self.contact.accessibleName(), self.tr("Optional."))
        describe(
            self.pad,
            self.pad_label.text(),
            self.tr(
                "If you cannot draw, ask the volunteer: they can take your signature on paper."
            ),
        )
        describe(self.clear_pad, self.clear_pad.text(), self.tr("Wipes the signature pad."))
        describe(self.sign, self.sign.text(), self.tr("Saves your signature."))

    # -- state ---------------------------------------------------------------------------

    def country_code(self) -> str:
        """The chosen country (ISO 3166 alpha-2); always GB without a chooser."""
        return str(self.country.currentData()) if self.country is not None else UK

    def _country_changed(self, _index: int) -> None:
        uk = self.country_code() == UK
        self.postcode_label.setText(self.tr("Postcode") if uk else self.tr("Postal code"))
        self._postcode_changed(self.postcode.text())
        if self.error.property("field") in (Field.POSTCODE, Field.COUNTRY):
            self.show_error("")

    def _postcode_changed(self, text: str) -> None:
        message, role = self.hints.for_text(text, self.country_code())
        self.postcode_hint.setText(message)
        if self.postcode_hint.property("role") != role:  # a restyle only when it changes
            set_role(self.postcode_hint, role)

    def chosen_connection(self) -> str | None:
        """live, work or study, as chosen; None when not asked or not chosen yet."""
        for code, button in self.connection_buttons.items():
            if button.isChecked():
                return code
        return None

    def _connection_chosen(self, _button: QAbstractButton) -> None:
        if self.error.property("field") == Field.CONNECTION:
            self.show_error("")

    def _pad_changed(self) -> None:
        self._field_edited(Field.SIGNATURE)

    def _field_edited(self, field: str) -> None:
        if self.error.property("field") == field:
            self.error.setProperty("field", "")
            self.error.setProperty("reason", "")
            self.error.clear()

    def has_input(self) -> bool:
        texts = [self.name.text(), self.postcode.text()]
        if self.address is not None:
            texts.append(self.address.toPlainText())
        if self.email is not None:
            texts.append(self.email.text())
        ticked = self.consent.isChecked() or (self.contact is not None and self.contact.isChecked())
        moved = self.country_code() != UK or self.chosen_connection() is not None
        return any(t.strip() for t in texts) or ticked or moved or not self.pad.is_empty()

    def error_text(self, field: str, reason: str) -> str:
        """The message for a problem with `field`, in the form's current language."""
        if not field:
            return ""
        if field == Field.SIGNATURE:
            return self.tr("Please sign in the box: your signature is empty or too small.")
        if field == Field.CONNECTION:
            return self.tr("Please choose whether you live, work or study in the area.")
        if field == SAVE_FAILED:
            return self.tr("This entry could not be saved. Please ask the volunteer for help.")
        return self.messages.text(field, reason)

    def show_error(self, field: str, reason: str = "") -> None:
        """Show the problem with `field` (a Field code, SAVE_FAILED, or "" to clear) and its
        Reason code. Only the codes are kept, so a language switch translates it again."""
        self.error.setProperty("field", str(field))
        self.error.setProperty("reason", str(reason))
        self.error.setText(self.error_text(field, reason))
        targets: dict[str, QWidget | None] = {
            Field.NAME: self.name,
            Field.ADDRESS: self.address,
            Field.COUNTRY: self.country,
            Field.POSTCODE: self.postcode,
            Field.EMAIL: self.email,
            Field.CONNECTION: next(iter(self.connection_buttons.values()), None),
            Field.CONSENT: self.consent,
            Field.SIGNATURE: self.pad,
        }
        target = targets.get(field)
        if target is not None:
            target.setFocus()
            self.entry_scroll.ensureWidgetVisible(target)

    def check_local(self) -> bool:
        """Checks that need no vault: the pad and the consent box. Shows a hint if not."""
        if self.connection is not None and self.chosen_connection() is None:
            self.show_error(Field.CONNECTION, Reason.MISSING)
            return False
        if not self.consent.isChecked():
            self.show_error(Field.CONSENT, Reason.MISSING)
            return False
        if not self.pad.ink().is_substantial():
            self.show_error(Field.SIGNATURE)
            return False
        return True

    def values(self) -> dict[str, object]:
        """The fields as CaptureService.record expects them."""
        return {
            "name": self.name.text(),
            "address": self.address.toPlainText() if self.address is not None else "",
            "postcode": self.postcode.text(),
            "country": self.country_code(),
            "email": self.email.text() if self.email is not None else None,
            "consent": self.consent.isChecked(),
            "contact_consent": self.contact is not None and self.contact.isChecked(),
            "language": self.lang,
            "origin": "kiosk",
            "connection": self.chosen_connection(),
            "ink": self.pad.encoded(),
        }

    def wipe(self) -> None:
        """Clear every field in place (the page also destroys the form right after)."""
        for edit in (self.name, self.email):
            if edit is not None:
                edit.setText("")  # setText, unlike clear(), also drops the undo history
        # Quietly: the hint for an empty postcode would restyle its label (a style polish
        # while the signer waits for the thank-you); the label is emptied instead.
        blocked = self.postcode.blockSignals(True)
        self.postcode.setText("")
        self.postcode.blockSignals(blocked)
        self.postcode_hint.clear()
        if self.address is not None:
            self.address.setPlainText("")
        if self.country is not None:
            self.country.setCurrentIndex(0)
        if self.connection is not None:
            self.connection.setExclusive(False)  # so that no button stays chosen
            for button in self.connection_buttons.values():
                button.setChecked(False)
            self.connection.setExclusive(True)
        self.consent.setChecked(False)
        if self.contact is not None:
            self.contact.setChecked(False)
        self.pad.clear()
        self.error.clear()
