"""Postcode to Westminster constituency and council ward, from files the coordinator provides.

Never a network lookup: a signer's postcode must not leave the machine. One reader for one
layout family, used by reports and bundles alike:

- the postcode file: the ONS postcode directory (NSPL or ONSPD) as downloaded, with a header
  row naming `pcds` (or `pcd`, `pcd2`, `pcd7`, `pcd8`, `postcode`), `pcon` (the Westminster
  constituency's GSS code) and `osward` (ONSPD) or `ward` (NSPL); a small extract with the
  columns `postcode,constituency[,ward]` reads the same way;
- optional code-to-name files from the same download ("Westminster Parliamentary
  Constituency names and codes", "Ward names and codes"): a code column ending in `CD` and a
  name column with the same stem ending in `NM` (e.g. `PCON24CD,PCON24NM`, `WD24CD,WD24NM`).

A file of any other layout is refused with a message naming the columns it needs. The
lookup records which release it came from (the postcode file's name, e.g. NSPL_MAY_2025_UK).
Errors name the line, never its content.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.domain.postcode import compact

# One limit for every file the lookup reads: the whole UK directory fits, with room.
MAX_BYTES = 3 * 1024 * 1024 * 1024
POSTCODE_COLUMNS = ("pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode")
CONSTITUENCY_COLUMNS = ("pcon", "constituency")
WARD_COLUMNS = ("osward", "ward")
_STEM = re.compile(r"^(?P<stem>[a-z]+\d*)cd$")
_MAX_CELL = 200


@dataclass(frozen=True)
class Areas:
    constituency: str | None
    ward: str | None


@dataclass
class PostcodeLookup:
    table: dict[str, Areas]
    release: str
    names: dict[str, str] = field(default_factory=dict)  # GSS code -> name

    def __len__(self) -> int:
        return len(self.table)

    def _name(self, code: str | None) -> str | None:
        return None if code is None else self.names.get(code, code)

    def get(self, postcode: str) -> str | None:
        """The constituency's name (its code where no name file gave one)."""
        return self.constituency(postcode)

    def constituency(self, postcode: str) -> str | None:
        found = self.table.get(compact(postcode))
        return None if found is None else self._name(found.constituency)

    def ward(self, postcode: str) -> str | None:
        found = self.table.get(compact(postcode))
        return None if found is None else self._name(found.ward)

    @classmethod
    def parse(
        cls,
        lines: Iterable[str],
        name: str = "lookup",
        wanted: set[str] | None = None,
        release: str | None = None,
    ) -> PostcodeLookup:
        """Read the postcode file's rows. With `wanted` (compact postcodes), only those rows
        are kept, so a whole-UK file needs little memory."""
        reader = csv.reader(io.StringIO(lines) if isinstance(lines, str) else lines)
        header = _header(reader, name)
        pcol = _pick(header, POSTCODE_COLUMNS)
        ccol = _pick(header, CONSTITUENCY_COLUMNS)
        wcol = _pick(header, WARD_COLUMNS)
        if pcol is None or (ccol is None and wcol is None):
            raise BadInput(
                f"{name}: not a postcode directory layout stallapp reads: it needs a header row "
                "with 'pcds' (or 'postcode') and 'pcon' and/or 'osward' (or 'ward'), as in the "
                "ONS NSPL or ONSPD."
            )
        table: dict[str, Areas] = {}
        width = max(c for c in (pcol, ccol, wcol) if c is not None) + 1
        for number, row in _rows(reader, name):
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) < width:
                raise BadInput(f"{name}: line {number} has fewer columns than its header.")
            code = compact(row[pcol])
            if not code or (wanted is not None and code not in wanted):
                continue
            table[code] = Areas(_cell(row, ccol), _cell(row, wcol))
        if not table and wanted is None:
            raise BadInput(f"{name}: the file holds no postcodes.")
        return cls(table, release or name)

    @classmethod
    def load(
        cls, path: Path, names: Iterable[Path] = (), wanted: set[str] | None = None
    ) -> PostcodeLookup:
        with _open(path) as lines:
            lookup = cls.parse(lines, path.name, wanted, release=path.stem)
        for extra in names:
            with _open(extra) as lines:
                lookup.names.update(parse_names(lines, extra.name))
        return lookup


def parse_names(lines: Iterable[str], name: str = "names") -> dict[str, str]:
    """A code-to-name file: `XXnnCD,XXnnNM` columns (e.g. PCON24CD,PCON24NM) or `code,name`."""
    reader = csv.reader(io.StringIO(lines) if isinstance(lines, str) else lines)
    header = _header(reader, name)
    pair = None
    for i, col in enumerate(header):
        m = _STEM.match(col)
        if m and m.group("stem") + "nm" in header:
            pair = (i, header.index(m.group("stem") + "nm"))
            break
    if pair is None and "code" in header and "name" in header:
        pair = (header.index("code"), header.index("name"))
    if pair is None:
        raise BadInput(
            f"{name}: not a names and codes file: it needs a code column ending in CD and "
            "its name column ending in NM (e.g. PCON24CD, PCON24NM)."
        )
    out: dict[str, str] = {}
    for number, row in _rows(reader, name):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) <= max(pair):
            raise BadInput(f"{name}: line {number} has fewer columns than its header.")
        code, label = row[pair[0]].strip(), " ".join(row[pair[1]].split())
        if code and label:
            out[code] = label[:_MAX_CELL]
    return out


def _header(reader: Iterator[list[str]], name: str) -> list[str]:
    try:
        first = next(reader)
    except StopIteration:
        raise BadInput(f"{name}: the file is empty.") from None
    except csv.Error:
        raise BadInput(f"{name}: line 1 is not readable CSV.") from None
    return [cell.strip().lower() for cell in first]


def _rows(reader: Iterator[list[str]], name: str) -> Iterator[tuple[int, list[str]]]:
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise BadInput(f"{name}: line {number} is not readable CSV.") from None
        yield number, row


def _pick(header: list[str], options: tuple[str, ...]) -> int | None:
    for option in options:
        if option in header:
            return header.index(option)
    return None


def _cell(row: list[str], col: int | None) -> str | None:
    if col is None:
        return None
    text = " ".join(row[col].split())[:_MAX_CELL]
    return text or None


class _open:
    """A lookup file opened as UTF-8 text lines, within the size limit."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Iterator[str]:
        try:
            if self.path.stat().st_size > MAX_BYTES:
                raise BadInput(f"{self.path.name}: the file is too large for a postcode lookup.")
            self.file = self.path.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise BadInput(
                f"Cannot read the lookup file {self.path.name}: {exc.strerror}"
            ) from None
        return _decoded(self.file, self.path.name)

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def _decoded(lines: Iterable[str], name: str) -> Iterator[str]:
    try:
        yield from lines
    except UnicodeDecodeError:
        raise BadInput(f"{name}: the file must be UTF-8 text.") from None


# The name used before wards were read; the same class.
ConstituencyLookup = PostcodeLookup
