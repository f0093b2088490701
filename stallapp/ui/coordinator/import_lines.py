"""One result line per imported file, phrased in the screen's language from the outcome's
codes and counts (services/batch_import.Outcome). The service's English `message` shows
only for a refusal that has no code, as a detail after the translated text."""

from __future__ import annotations

from PySide6.QtCore import QObject

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
        text = self.tr("%1: refused: this file cannot be imported")
        if outcome.message:  # no code for it: the service's English detail, second
            text += " — " + outcome.message
        return text
