"""Counting each person once: exact matches merge, near matches wait for a coordinator.

A person is a group of signature rows of one petition. A new row joins the person with the
same dedupe key (normalised name tokens + postcode) when their emails do not disagree.
Otherwise it becomes a new person, and similar people with the same postcode are listed as
near matches, each with its reason, for a coordinator to confirm (merge) or reject.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import Signature, utc_now
from stallapp.storage import audit
from stallapp.storage import persons as person_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault

NEAR_SCORE = 85
MAX_BLOCK = 200  # people compared per postcode, to keep merging linear


def _email(sig: Signature) -> str | None:
    return sig.email.casefold() if sig.email else None


def _split_key(key: str) -> tuple[str, str]:
    name, _, block = key.rpartition("|")
    return name, block


def assign(tx: Connection, sig: Signature) -> tuple[int, bool]:
    """The person a new row belongs to (made if needed; store it in the row's person_id).
    Returns (person id, True if it joined an existing person)."""
    email = _email(sig)
    conflicting = []
    for person_id, known in person_store.with_key(tx, sig.petition_id, sig.dedupe_key):
        if known is None or email is None or known == email:
            if known is None and email is not None:
                person_store.set_email(tx, person_id, email)
            return person_id, True
        conflicting.append(person_id)
    name_key, block = _split_key(sig.dedupe_key)
    person_id = person_store.add(tx, sig.petition_id, sig.dedupe_key, block, name_key, email)
    for other in conflicting:
        _note(tx, sig.petition_id, other, person_id, "same name and postcode, different email", 100)
    _near(tx, sig.petition_id, person_id, name_key, block)
    return person_id, False


def _near(tx: Connection, petition_id: str, person_id: int, name_key: str, block: str) -> None:
    for other, other_name in person_store.in_block(tx, petition_id, block, person_id, MAX_BLOCK):
        if other_name == name_key:
            continue  # same key: handled as exact match or email conflict
        if spacing_variant(name_key.split(), other_name.split()):
            _note(tx, petition_id, other, person_id, "same name apart from spacing", 100)
            continue
        score = round(fuzz.token_sort_ratio(name_key, other_name))
        if score >= NEAR_SCORE:
            _note(
                tx, petition_id, other, person_id, f"similar name ({score}%), same postcode", score
            )


def spacing_variant(a: list[str], b: list[str]) -> bool:
    """True if the names differ only in where the spaces are ("Tai Man" / "TaiMan")."""
    if len(a) == len(b) or "".join(sorted(a)) == "".join(sorted(b)):
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    left = Counter(long)
    for token in short:
        if left[token] > 0:
            left[token] -= 1
            continue
        pair = next(
            (
                (x, y)
                for x in left
                for y in left
                if left[x] > 0 and left[y] > (1 if x == y else 0) and x + y == token
            ),
            None,
        )
        if pair is None:
            return False
        left[pair[0]] -= 1
        left[pair[1]] -= 1
    return sum(left.values()) == 0


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
