"""The capture service: petitions, stall events and signatures into an unlocked vault.

Qt-free; the CLI and the kiosk both call it. A signature is acknowledged (a receipt code
returned) only after its transaction has committed with synchronous=FULL.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from stallapp.domain.errors import BadInput, Field, FieldError, Reason
from stallapp.domain.event import StallEvent, build_event
from stallapp.domain.petition import Petition
from stallapp.domain.signer import Signature, build_signature, new_receipt_code
from stallapp.storage import audit
from stallapp.storage import events as event_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault


@dataclass(frozen=True)
class Receipt:
    code: str
    uid: str


class CaptureService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        # Parsed petitions and known event ids, so a kiosk submit does not re-read them.
        self._petitions: dict[str, Petition] = {}
        self._event_ids: set[str] = set()

    @property
    def rehearsal(self) -> bool:
        """A practice (rehearsal or demo) vault: synthetic data only, never real signers."""
        return self.vault.rehearsal

    def forget_cache(self) -> None:
        """Drop remembered petitions and events (after something else changed them)."""
        self._petitions.clear()
        self._event_ids.clear()

    # -- petitions and events ---------------------------------------------------------------

    def add_petition(self, petition: Petition) -> bool:
        with self.vault.transaction() as tx:
            changed = petition_store.save(tx, petition)
            self._petitions.pop(petition.id, None)
            if changed:
                audit.append(
                    tx,
                    "petition_added",
                    petition_id=petition.id,
                    content_hash=petition.content_hash,
                )
        return changed

    def petitions(self) -> list[Petition]:
        """Every petition that loads; a broken stored one is skipped (see broken_petitions)."""
        return petition_store.all_current(self.vault.conn)

    def broken_petitions(self) -> list[str]:
        """Ids of stored petitions that cannot be read: replace them with a good file of the
        same id (add_petition) or remove them (remove_petition)."""
        return petition_store.broken_ids(self.vault.conn)

    def remove_petition(self, petition_id: str) -> None:
        """Delete a petition that has no signatures and no printed sheets (e.g. a broken one)."""
        with self.vault.transaction() as tx:
            petition_store.remove(tx, petition_id)
            audit.append(tx, "petition_removed", petition_id=petition_id)
        self._petitions.pop(petition_id, None)

    def petition(self, petition_id: str) -> Petition:
        cached = self._petitions.get(petition_id)
        if cached is not None:
            return cached
        found = petition_store.get(self.vault.conn, petition_id)
        if found is None:
            raise BadInput("There is no petition with that id in this vault.")
        self._petitions[petition_id] = found
        return found

    def add_event(
        self,
        *,
        city: str,
        location: str,
        day: str,
        start: str | None = None,
        end: str | None = None,
        group_name: str | None = None,
    ) -> StallEvent:
        event = build_event(
            city=city, location=location, day=day, start=start, end=end, group_name=group_name
        )
        with self.vault.transaction() as tx:
            event_store.save(tx, event, self.vault.device_id)
            audit.append(tx, "event_added", event_id=event.id)
        return event

    def events(self) -> list[StallEvent]:
        return event_store.all_events(self.vault.conn)

    def event(self, event_id: str) -> StallEvent:
        found = event_store.get(self.vault.conn, event_id)
        if found is None:
            raise BadInput("There is no stall event with that id in this vault.")
        return found

    # -- signatures ---------------------------------------------------------------------------

    def check_open(self, petition: Petition, today: date | None = None) -> None:
        if (today or date.today()) > petition.retention_until:
            raise BadInput(
                "This petition's retention date has passed; it no longer collects signatures."
            )

    def record(self, petition_id: str, event_id: str, **fields: object) -> Receipt:
        """Validate and durably store one signature. Returns its receipt once committed.

        If the same person (same dedupe key) already signed this petition on this device,
        the entry is still stored, flagged as a likely duplicate; the result is the same
        either way, so nothing tells the signer that an earlier record exists.
        """
        petition = self.petition(petition_id)
        if event_id not in self._event_ids:
            self.event(event_id)
            self._event_ids.add(event_id)
        self.check_open(petition)
        sig = build_signature(petition, event_id=event_id, **fields)  # type: ignore[arg-type]
        return self.store(sig)

    def store(self, sig: Signature) -> Receipt:
        with self.vault.transaction() as tx:
            if sig.origin == "paper":
                check_sheet_row(tx, sig)
            while signature_store.receipt_in_use(tx, sig.receipt_code):
                sig = replace(sig, receipt_code=new_receipt_code())
            duplicate = signature_store.has_dedupe_key(tx, sig.petition_id, sig.dedupe_key)
            person = _person_for(tx, sig) if self.vault.role == "coordinator" else None
            signature_store.insert(tx, sig, self.vault.device_id, duplicate, person)
        return Receipt(sig.receipt_code, sig.uid)

    def count(self, *, petition_id: str | None = None, event_id: str | None = None) -> int:
        return signature_store.count(self.vault.conn, petition_id=petition_id, event_id=event_id)


def _person_for(tx: Connection, sig: Signature) -> int:
    """On a coordinator, a signature captured there joins the persons its merges keep (the
    same exact match, and near matches noted for review), as a merged row does, so the signer
    is counted once whichever arrives first: this entry or their row from a stall."""
    from stallapp.services import dedupe  # the coordinator's code: a stall never loads it

    people = dedupe.BatchDedupe(tx, [sig])
    person_id, _joined = people.assign(sig)
    people.flush()
    return person_id


def check_sheet_row(conn: Connection, sig: Signature) -> None:
    """A transcribed paper row must come from a sheet printed for its petition, lie within
    that sheet's rows, and not have been typed in before. Messages never echo the serial."""
    serial = (sig.sheet_serial or "").upper()
    record = sheet_store.get(conn, serial)
    if record is None or record.petition_id != sig.petition_id:
        if record is None:
            raise FieldError(
                Field.SHEET,
                "No sheet with that serial was printed from this vault.",
                reason=Reason.UNKNOWN,
            )
        raise FieldError(
            Field.SHEET,
            "That sheet was printed for another petition.",
            reason=Reason.NOT_ACCEPTED,
        )
    row = sig.sheet_row or 0
    if not 1 <= row <= record.rows:
        raise FieldError(
            Field.ROW,
            f"That sheet has {record.rows} rows: the row must be 1 to {record.rows}.",
            reason=Reason.OUT_OF_RANGE,
        )
    if sheet_store.row_taken(conn, serial, row):
        raise FieldError(
            Field.ROW, "That sheet row has already been typed in.", reason=Reason.DUPLICATE
        )
