"""Counting each person once: exact matches merge, near matches wait for a coordinator.

A person is a group of signature rows of one petition. A new row joins the person with the
same dedupe key (normalised name tokens + postcode) when their emails do not disagree.
Otherwise it becomes a new person, and similar people with the same postcode are listed as
near matches, each with its reason, for a coordinator to confirm (merge) or reject.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import Signature, utc_now
from stallapp.storage import audit

NEAR_SCORE = 85
MAX_BLOCK = 200  # people compared per postcode, to keep merging linear


def _email(sig: Signature) -> str | None:
    return sig.email.casefold() if sig.email else None


def _split_key(key: str) -> tuple[str, str]:
    name, _, block = key.rpartition("|")
    return name, block


def assign(tx: Any, sig: Signature) -> tuple[int, bool]:
    """The person a new row belongs to (made if needed; store it in the row's person_id).
    Returns (person id, True if it joined an existing person)."""
    email = _email(sig)
    candidates = tx.execute(
        "SELECT id, email FROM persons WHERE petition_id = ? AND dedupe_key = ? ORDER BY id",
        (sig.petition_id, sig.dedupe_key),
    ).fetchall()
    conflicting = []
    for person_id, known in candidates:
        if known is None or email is None or known == email:
            if known is None and email is not None:
                tx.execute("UPDATE persons SET email = ? WHERE id = ?", (email, person_id))
            return int(person_id), True
        conflicting.append(int(person_id))
    name_key, block = _split_key(sig.dedupe_key)
    cur = tx.execute(
        "INSERT INTO persons (petition_id, dedupe_key, block_key, name_key, email) "
        "VALUES (?, ?, ?, ?, ?)",
        (sig.petition_id, sig.dedupe_key, block, name_key, email),
    )
    person_id = int(cur.lastrowid)
    for other in conflicting:
        _note(tx, sig.petition_id, other, person_id, "same name and postcode, different email", 100)
    _near(tx, sig.petition_id, person_id, name_key, block)
    return person_id, False


def _near(tx: Any, petition_id: str, person_id: int, name_key: str, block: str) -> None:
    rows = tx.execute(
        "SELECT id, name_key FROM persons WHERE petition_id = ? AND block_key = ? AND id != ? "
        "ORDER BY id LIMIT ?",
        (petition_id, block, person_id, MAX_BLOCK),
    ).fetchall()
    for other, other_name in rows:
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


def _note(tx: Any, petition_id: str, a: int, b: int, reason: str, score: int) -> None:
    tx.execute(
        "INSERT INTO near_matches (petition_id, person_a, person_b, reason, score) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (petition_id, min(a, b), max(a, b), reason, score),
    )


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


def _side(conn: Any, person_id: int) -> Side:
    row = conn.execute(
        "SELECT name, postcode, email, (SELECT count(*) FROM signatures WHERE person_id = ?) "
        "FROM signatures WHERE person_id = ? ORDER BY id LIMIT 1",
        (person_id, person_id),
    ).fetchone()
    if row is None:
        return Side(person_id, "", "", None, 0)
    return Side(person_id, row[0], row[1], row[2], int(row[3]))


def pending(conn: Any) -> list[NearMatch]:
    """Near matches waiting for a decision (shown to the coordinator, never logged)."""
    rows = conn.execute(
        "SELECT id, petition_id, person_a, person_b, reason, score FROM near_matches "
        "WHERE decision IS NULL ORDER BY score DESC, id"
    ).fetchall()
    return [
        NearMatch(r[0], r[1], r[4], int(r[5]), _side(conn, r[2]), _side(conn, r[3])) for r in rows
    ]


def pending_count(conn: Any) -> int:
    return int(
        conn.execute("SELECT count(*) FROM near_matches WHERE decision IS NULL").fetchone()[0]
    )


def decide(tx: Any, match_id: int, confirm: bool) -> None:
    """Record the decision; confirming merges the second person into the first."""
    row = tx.execute(
        "SELECT person_a, person_b, decision, petition_id FROM near_matches WHERE id = ?",
        (match_id,),
    ).fetchone()
    if row is None or row[2] is not None:
        raise BadInput("There is no open near match with that number.")
    a, b, petition_id = int(row[0]), int(row[1]), str(row[3])
    decision = "confirmed" if confirm else "rejected"
    tx.execute(
        "UPDATE near_matches SET decision = ?, decided_at = ? WHERE id = ?",
        (decision, utc_now(), match_id),
    )
    if confirm:
        tx.execute("UPDATE signatures SET person_id = ? WHERE person_id = ?", (a, b))
        tx.execute("DELETE FROM persons WHERE id = ?", (b,))
        # Open matches that named the merged person now name the one it joined.
        for mid, pa, pb in tx.execute(
            "SELECT id, person_a, person_b FROM near_matches "
            "WHERE decision IS NULL AND (person_a = ? OR person_b = ?)",
            (b, b),
        ).fetchall():
            other = pb if pa == b else pa
            tx.execute("DELETE FROM near_matches WHERE id = ?", (mid,))
            if other != a:
                _note(tx, petition_id, other, a, "similar to a merged person", 0)
    audit.append(tx, "near_match_decided", match=match_id, confirmed=confirm)


def drop_person_if_empty(tx: Any, person_id: int) -> None:
    left = tx.execute(
        "SELECT count(*) FROM signatures WHERE person_id = ?", (person_id,)
    ).fetchone()[0]
    if left == 0:
        tx.execute("DELETE FROM persons WHERE id = ?", (person_id,))
        tx.execute(
            "DELETE FROM near_matches WHERE decision IS NULL AND (person_a = ? OR person_b = ?)",
            (person_id, person_id),
        )


def people(conn: Any, petition_id: str | None = None) -> int:
    if petition_id is None:
        return int(conn.execute("SELECT count(*) FROM persons").fetchone()[0])
    return int(
        conn.execute(
            "SELECT count(*) FROM persons WHERE petition_id = ?", (petition_id,)
        ).fetchone()[0]
    )
