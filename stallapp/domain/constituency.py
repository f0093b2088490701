"""Postcode to Westminster constituency, from a CSV file the coordinator provides.

Never a network lookup: a signer's postcode must not leave the machine. The file has two
columns, postcode and constituency (a header row is allowed), e.g. cut from the ONS
postcode directory. Errors name the line, never its content.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.domain.postcode import compact

MAX_BYTES = 200_000_000


class ConstituencyLookup:
    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    def get(self, postcode: str) -> str | None:
        return self.table.get(compact(postcode))

    @classmethod
    def parse(cls, text: str, name: str = "lookup") -> ConstituencyLookup:
        table: dict[str, str] = {}
        for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) < 2:
                raise BadInput(f"{name}: line {number} needs two columns: postcode,constituency.")
            code, seat = compact(row[0]), " ".join(row[1].split())
            if number == 1 and code in ("POSTCODE", "PCD", "PCDS"):
                continue  # header row
            if not code or not seat:
                raise BadInput(f"{name}: line {number} has an empty postcode or constituency.")
            table[code] = seat
        if not table:
            raise BadInput(f"{name}: the file holds no postcodes.")
        return cls(table)

    @classmethod
    def load(cls, path: Path) -> ConstituencyLookup:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise BadInput(f"{path.name}: the file is too large for a postcode lookup.")
            raw = path.read_bytes()
        except OSError as exc:
            raise BadInput(f"Cannot read the postcode lookup {path.name}: {exc.strerror}") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(f"{path.name}: the file must be UTF-8 text.") from None
        return cls.parse(text, path.name)
