"""Finding one signer's rows across petitions, for their rights (access, erasure).

A signer here is every row with the same dedupe key (normalised name and postcode), joined
with the rows merged into the same persons on a coordinator. Queries only.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.signer import Signature
from stallapp.storage.connection import Connection
from stallapp.storage.signatures import _COLUMNS, _row


@dataclass(frozen=True)
class HeldRow:
    row_id: int
    person_id: int | None
    batch_seq: int | None
    signature: Signature


def _held(conn: Connection, where: str, args: tuple[object, ...]) -> list[HeldRow]:
    rows = conn.execute(
        f"SELECT id, person_id, batch_seq, {_COLUMNS} FROM signatures WHERE {where} ORDER BY id",
        args,
    ).fetchall()
    return [HeldRow(int(r[0]), r[1], r[2], _row(tuple(r[3:]))) for r in rows]


def near_postcode(conn: Connection, postcode: str, outward: str | None) -> list[HeldRow]:
    """Rows with this postcode, or (UK) any postcode in the same outward district."""
    if outward:
        return _held(conn, "postcode = ? OR postcode LIKE ?", (postcode, outward + " %"))
    return _held(conn, "postcode = ?", (postcode,))


def by_id(conn: Connection, row_id: int) -> HeldRow | None:
    found = _held(conn, "id = ?", (row_id,))
    return found[0] if found else None


def group(conn: Connection, keys: set[str], persons: set[int]) -> list[HeldRow]:
    """Every row with one of these dedupe keys or belonging to one of these persons."""
    out: dict[int, HeldRow] = {}
    for key in sorted(keys):
        for row in _held(conn, "dedupe_key = ?", (key,)):
            out[row.row_id] = row
    for person in sorted(persons):
        for row in _held(conn, "person_id = ?", (person,)):
            out[row.row_id] = row
    return [out[k] for k in sorted(out)]
