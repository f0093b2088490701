"""Counting each person once: exact matches merge, near matches wait for a coordinator.

A person is a group of signature rows of one petition. A new row joins the person with the
same dedupe key (normalised name tokens + postcode) when their emails do not disagree.
Otherwise it becomes a new person, and people who may be the same (a similar spelling, the
same name in Chinese characters and in romanised form, in Traditional and Simplified
characters, with other spacing) in the same postcode area (outward code) are listed as near
matches, each with its reason, for a coordinator to confirm (merge) or reject. Nothing of
this reaches a stall: the kiosk only ever checks its own device's exact keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.errors import BadInput
from stallapp.domain.postcode import area_of
from stallapp.domain.signer import Signature, utc_now
from stallapp.services import near_keys
from stallapp.services.name_match import spacing_variant
from stallapp.services.near_search import MAX_BLOCK, MAX_FUZZY, NEAR_SCORE, AreaPeople
from stallapp.storage import audit
from stallapp.storage import persons as person_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault

__all__ = ["NEAR_SCORE", "BatchDedupe", "NearMatch", "Side", "spacing_variant"]


def _email(sig: Signature) -> str | None:
    return sig.email.casefold() if sig.email else None


def _split_key(key: str) -> tuple[str, str]:
    name, _, block = key.rpartition("|")
    return name, block


class BatchDedupe:
    """Assigns a batch's new rows to persons, each row as if it were merged alone, in order.

    The persons a batch can touch (same petition, and the same dedupe key, or in the same
    postcode area with a search key of a new name, or among the area's or postcode's first
    persons for the spelling check) are read in a few indexed queries up front; new persons,
    their search keys, email changes and near matches are kept in memory and written by
    `flush` with one executemany each. New persons get the ids
    SQLite would have given them one by one (the largest id so far, plus one), so the vault
    ends the same as with a row-by-row merge.
    """

    def __init__(self, tx: Connection, sigs: list[Signature]) -> None:
        self._tx = tx
        self._next = person_store.next_id(tx)
        self._by_key: dict[tuple[str, str], list[int]] = {}
        self._areas: dict[tuple[str, str], AreaPeople] = {}
        self._email: dict[int, str | None] = {}
        self._email_changed: set[int] = set()
        self._new: list[tuple[int, str, str, str, str, str]] = []
        self._matches: list[tuple[str, int, int, str, int]] = []
        wanted: dict[str, set[str]] = {}
        for sig in sigs:
            wanted.setdefault(sig.petition_id, set()).add(sig.dedupe_key)
        for petition_id, keys in wanted.items():
            self._load(petition_id, person_store.with_keys(tx, petition_id, sorted(keys)), True)
            names: dict[str, set[str]] = {}
            for key in keys:
                name_key, block = _split_key(key)
                names.setdefault(area_of(block), set()).add(name_key)
            blocks = sorted({_split_key(k)[1] for k in keys})
            per_block: dict[str, int] = {}
            first_of_blocks = []
            for row in person_store.in_blocks(tx, petition_id, blocks, MAX_BLOCK):
                per_block[row[2]] = per_block.get(row[2], 0) + 1
                if per_block[row[2]] <= MAX_BLOCK:
                    first_of_blocks.append(row)
            self._load(petition_id, first_of_blocks, False, fuzzy=True)
            for area in sorted(names):
                self._key_old_persons(petition_id, area)
                first = person_store.first_in_area(tx, petition_id, area, MAX_FUZZY)
                self._load(petition_id, first, False, fuzzy=True)
                search = set().union(*(near_keys.wanted(n) for n in names[area]))
                # Indexed under the keys the vault found them by: the batch looks up no
                # other keys, so their other keys need not be computed again. Only their
                # names count here: a person with one of the batch's dedupe keys (whose
                # email matters) was loaded above by `with_keys`.
                people = self._area(petition_id, area)
                for pid, name_key, block, key in person_store.with_search_keys(
                    tx, petition_id, area, sorted(search)
                ):
                    people.add(pid, name_key, block, keys=False, fuzzy=False)
                    people.index(pid, key)

    def _load(
        self,
        petition_id: str,
        rows: list[person_store.PersonRow],
        keys: bool,
        *,
        fuzzy: bool = False,
    ) -> None:
        """Add these persons to their areas: `keys` (the persons holding one of the batch's
        dedupe keys, loaded first) also remembers them for the exact match, in this order,
        and indexes them by their search keys; `fuzzy` puts them in the spelling check.

        Only an exact-match person needs its dedupe key and email kept: `assign` looks up
        the batch's own keys, and every person holding one was loaded with `keys`."""
        by_key, email_of, areas = self._by_key, self._email, self._areas
        for pid, key, block, area, name_key, email in rows:
            if keys and pid not in email_of:
                found = by_key.get((petition_id, key))
                if found is None:
                    by_key[(petition_id, key)] = [pid]
                else:
                    found.append(pid)
                email_of[pid] = email
            people = areas.get((petition_id, area)) or self._area(petition_id, area)
            people.add(pid, name_key, block, keys=keys, fuzzy=fuzzy)

    def _key_old_persons(self, petition_id: str, area: str) -> None:
        """Store the search keys of an area's persons from before schema 9, once."""
        old = person_store.unkeyed(self._tx, petition_id, area)
        rows = [
            (pid, petition_id, area, key) for pid, name in old for key in near_keys.stored(name)
        ]
        person_store.add_search_keys(self._tx, rows, [pid for pid, _ in old])

    def _area(self, petition_id: str, area: str) -> AreaPeople:
        people = self._areas.get((petition_id, area))
        if people is None:
            people = self._areas[(petition_id, area)] = AreaPeople()
        return people

    def assign(self, sig: Signature) -> tuple[int, bool]:
        """The person this row belongs to (made if needed): (person id, joined an earlier one)."""
        email = _email(sig)
        petition_id = sig.petition_id
        same_key = self._by_key.setdefault((petition_id, sig.dedupe_key), [])
        conflicting = []
        for person_id in same_key:
            known = self._email[person_id]
            if known is None or email is None or known == email:
                if known is None and email is not None:
                    self._email[person_id] = email
                    self._email_changed.add(person_id)
                return person_id, True
            conflicting.append(person_id)
        name_key, block = _split_key(sig.dedupe_key)
        area = area_of(block)
        person_id = self._next
        self._next += 1
        self._new.append((person_id, petition_id, sig.dedupe_key, block, area, name_key))
        self._email[person_id] = email
        same_key.append(person_id)
        for other in conflicting:
            self._note(
                petition_id, other, person_id, "same name and postcode, different email", 100
            )
        people = self._area(petition_id, area)
        for other, reason, score in people.near(person_id, name_key, block):
            if other not in conflicting:
                self._note(petition_id, other, person_id, reason, score)
        people.add(person_id, name_key, block)
        return person_id, False

    def _note(self, petition_id: str, a: int, b: int, reason: str, score: int) -> None:
        self._matches.append((petition_id, min(a, b), max(a, b), reason, score))

    def flush(self) -> None:
        """Write the new persons, changed emails and near matches (before the rows)."""
        new_ids = {row[0] for row in self._new}
        person_store.add_many(self._tx, [(*row, self._email[row[0]]) for row in self._new])
        # In the lookup index's order: a batch's keys then enter it area by area, in
        # sequence, instead of at a random place each (pages read once, fewer misses).
        keys = sorted(
            (petition_id, area, key, pid)
            for pid, petition_id, _k, _b, area, name_key in self._new
            for key in near_keys.stored(name_key)
        )
        person_store.add_search_keys(self._tx, [(p, t, a, k) for t, a, k, p in keys], [])
        for person_id in sorted(self._email_changed - new_ids):
            email = self._email[person_id]
            assert email is not None  # only ever set from None to an address
            person_store.set_email(self._tx, person_id, email)
        person_store.add_matches(self._tx, self._matches)
        self._new, self._matches, self._email_changed = [], [], set()


def _note(tx: Connection, petition_id: str, a: int, b: int, reason: str, score: int) -> None:
    person_store.add_match(tx, petition_id, a, b, reason, score)


@dataclass(frozen=True)
class Side:
    person_id: int
    name: str
    postcode: str
    email: str | None
    signatures: int


@dataclass(frozen=True)
class NearMatch:
    id: int
    petition_id: str
    reason: str
    score: int
    a: Side
    b: Side


def _side(conn: Connection, person_id: int) -> Side:
    first = person_store.first_signature(conn, person_id)
    if first is None:
        return Side(person_id, "", "", None, 0)
    return Side(person_id, *first)


def pending(conn: Connection) -> list[NearMatch]:
    """Near matches waiting for a decision (shown to the coordinator, never logged)."""
    return [
        NearMatch(mid, petition_id, reason, score, _side(conn, a), _side(conn, b))
        for mid, petition_id, a, b, reason, score in person_store.open_matches(conn)
    ]


def decide(tx: Connection, match_id: int, confirm: bool) -> None:
    """Record the decision; confirming merges the second person into the first."""
    row = person_store.match(tx, match_id)
    if row is None or row[2] is not None:
        raise BadInput("There is no open near match with that number.")
    a, b, _decision, petition_id = row
    person_store.decide_match(tx, match_id, "confirmed" if confirm else "rejected", utc_now())
    if confirm:
        person_store.move_signatures(tx, b, a)
        person_store.delete(tx, b)
        # Open matches that named the merged person now name the one it joined.
        for mid, pa, pb in person_store.open_matches_of(tx, b):
            other = pb if pa == b else pa
            person_store.delete_match(tx, mid)
            if other != a:
                _note(tx, petition_id, other, a, "similar to a merged person", 0)
    audit.append(tx, "near_match_decided", match=match_id, confirmed=confirm)


def open_matches(vault: Vault) -> list[NearMatch]:
    """The vault's near matches awaiting a coordinator's decision."""
    return pending(vault.conn)


def review(vault: Vault, match_id: int, confirm: bool) -> None:
    """Decide one near match in its own transaction."""
    with vault.transaction() as tx:
        decide(tx, match_id, confirm)


def drop_person_if_empty(tx: Connection, person_id: int) -> None:
    if person_store.signature_count(tx, person_id) == 0:
        person_store.delete(tx, person_id)
        person_store.delete_open_matches_of(tx, person_id)


def people(conn: Connection, petition_id: str | None = None) -> int:
    return person_store.count(conn, petition_id)
