"""One result line per imported file, phrased in the screen's language from the outcome's
codes and counts (services/batch_import.Outcome) and the refusal codes of the sealing
layer. The service's English `message` shows only for a refusal that has no code, as a
detail after the translated text."""

from __future__ import annotations

from PySide6.QtCore import QObject

from stallapp.domain.errors import Field
from stallapp.sealing import envelope as refusal
from stallapp.services import batch_import as merge


class ImportLines(QObject):
    """Phrases outcomes. Only translates, so a job's worker thread may call `line` too."""

    def line(self, name: str, outcome: merge.Outcome) -> str:
        return self._text(outcome).replace("%1", name)

    def _text(self, outcome: merge.Outcome) -> str:
        status, reason = outcome.status, outcome.reason
        if status == merge.IMPORTED:
            text = self.tr("%1: imported, %n signature(s)", "", outcome.records)
            if outcome.merged:
                text += self.tr(", %n matched people counted before", "", outcome.merged)
            return text
        if status == merge.ALREADY:
            return self.tr("%1: already imported")
        if status == merge.QUARANTINED:
            if reason == merge.SET_ASIDE:
                return self.tr("%1: set aside (quarantined) by the coordinator earlier")
            if reason == merge.WAITING:
                return self.tr("%1: set aside (quarantined); it waits for a decision")
            return self.tr(
                "%1: set aside (quarantined): it does not follow its device's earlier "
                "batches; decide in the Quarantine tab"
            )
        return self._refusal(outcome)

    def _refusal(self, outcome: merge.Outcome) -> str:
        reason = outcome.reason
        if reason == merge.TOO_LARGE:
            return self.tr("%1: refused: the file is too large to be a batch")
        if reason == merge.UNREADABLE:
            return self.tr("%1: refused: the file could not be read")
        if reason == merge.PAST_RETENTION:
            return self.tr("%1: refused: it holds a petition past its retention date")
        if outcome.rule is not None:
            number, field, _ = outcome.rule
            return (
                self.tr("%1: refused: record %2 breaks a rule for the field “%3”; nothing imported")
                .replace("%2", str(number))
                .replace("%3", self._field(field))
            )
        known = self._sealing_reasons()
        if reason in known:
            return known[reason]
        text = self.tr("%1: refused: this file cannot be imported")
        if outcome.message:  # no code for it: the service's English detail, second
            text += " — " + outcome.message
        return text

    def _sealing_reasons(self) -> dict[str, str]:
        return {
            refusal.DAMAGED: self.tr("%1: refused: the batch is damaged, or was changed"),
            refusal.NOT_SEALED: self.tr("%1: refused: this is not a sealed stallapp batch"),
            refusal.CANNOT_OPEN: self.tr(
                "%1: refused: it cannot be opened: damaged, or sealed for another coordinator"
            ),
            refusal.UNKNOWN_DEVICE: self.tr(
                "%1: refused: its device is not enrolled here; enrol it after checking "
                "its fingerprint"
            ),
            refusal.REVOKED_DEVICE: self.tr("%1: refused: its device was revoked"),
            refusal.DEVICE_MISMATCH: self.tr(
                "%1: refused: the batch's device does not match its signature"
            ),
            refusal.REHEARSAL_INTO_REAL: self.tr(
                "%1: refused: a rehearsal batch never enters a real vault"
            ),
            refusal.REAL_INTO_REHEARSAL: self.tr(
                "%1: refused: a real batch does not go into a rehearsal vault"
            ),
            refusal.NOT_FOR_US: self.tr("%1: refused: it was not sealed for this coordinator"),
        }

    def _field(self, code: str) -> str:
        names: dict[str, str] = {
            Field.NAME: self.tr("name"),
            Field.ADDRESS: self.tr("address"),
            Field.POSTCODE: self.tr("postcode"),
            Field.COUNTRY: self.tr("country"),
            Field.EMAIL: self.tr("email"),
            Field.CONSENT: self.tr("consent"),
            Field.CONTACT_CONSENT: self.tr("contact consent"),
            Field.SIGNATURE: self.tr("signature"),
            Field.LANGUAGE: self.tr("language"),
            Field.SHEET: self.tr("paper sheet"),
            Field.ROW: self.tr("sheet row"),
            Field.CONNECTION: self.tr("connection to the area"),
        }
        return names.get(code, code)
