"""Returned sheets read by their serial QR code: decode a picture, match the serial, return it.

The code printed on every sheet holds only `stallapp-sheet:<petition hash prefix>:<serial>`
(printing/sheet_pdf.py): nothing about anyone who signed. A camera frame or an image file
becomes a `GrayFrame`; `SheetScanner.decode` finds the QR codes in it (zxing-cpp, an optional
extra, imported at first use; it holds no vault and may run on any thread), `identify` says
what the codes are to this vault, and `mark_returned` records the count the organiser typed.
The organiser screen (camera frames) and `stallapp sheets scan` (image files) share this path.

A code that is not one of our sheet codes is never shown or kept: its text may be anything.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from stallapp.domain.errors import BadInput, StallappError
from stallapp.printing import sheet_pdf
from stallapp.services.sheet_tracking import SheetService, parse_qr
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.sheet_records import SheetRecord

EXTRA_MISSING = "Reading sheet codes needs the camera extra: pip install 'stallapp[camera]'"
MAX_SIDE = 4096  # pixels: a larger picture is refused before it is decoded


def scanning_available() -> bool:
    """True when zxing-cpp (the camera extra) is installed; checked without importing it."""
    return importlib.util.find_spec("zxingcpp") is not None


@dataclass(frozen=True)
class GrayFrame:
    """A picture as 8-bit luminance, row after row with no padding."""

    width: int
    height: int
    pixels: bytes

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0 or len(self.pixels) != self.width * self.height:
            raise BadInput("That picture is empty or damaged.")


class Seen(StrEnum):
    """What a frame showed, one kind per message the organiser sees."""

    SHEET = "sheet"  # one of our sheets, still out: ask for its count
    ALREADY_RETURNED = "already_returned"
    UNKNOWN_SERIAL = "unknown_serial"  # a sheet code, but not printed from this vault
    FOREIGN_CODE = "foreign_code"  # a QR code that is not a sheet code
    TWO_SHEETS = "two_sheets"
    NO_CODE = "no_code"


@dataclass(frozen=True)
class ScanResult:
    seen: Seen
    serial: str = ""
    rows: int = 0  # signature rows on the sheet
    typed: int = 0  # rows already typed into the vault from it
    returned_count: int | None = None  # the count recorded when it came back before

    @property
    def message(self) -> str:
        """One English line (the CLI's); the screen shows its own translated text per kind."""
        if self.seen is Seen.SHEET:
            return f"{self.serial}: out, {self.rows} rows on the sheet."
        if self.seen is Seen.ALREADY_RETURNED:
            return (
                f"{self.serial} is already marked returned with {self.returned_count} signatures."
            )
        if self.seen is Seen.UNKNOWN_SERIAL:
            return f"{self.serial} was not printed from this vault."
        if self.seen is Seen.FOREIGN_CODE:
            return "That QR code is not a stallapp sheet code."
        if self.seen is Seen.TWO_SHEETS:
            return "More than one sheet code is in view: hold up one sheet at a time."
        return "No sheet QR code was found in the picture."


def decode(frame: GrayFrame) -> list[str]:
    """The texts of the QR codes in the frame (zxing-cpp), in a stable order."""
    try:
        import zxingcpp
    except ImportError as exc:
        raise BadInput(EXTRA_MISSING) from exc
    view = memoryview(frame.pixels).cast("B", (frame.height, frame.width))
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(view, formats=qr_only)
    return sorted(code.text for code in found)


def read_image_file(path: Path) -> GrayFrame:
    """An image file (PNG, JPEG...) as a GrayFrame; a file that is not a picture is refused."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if max(image.size) > MAX_SIDE:
                raise BadInput(f"That picture is larger than {MAX_SIDE} pixels a side.")
            gray = image.convert("L")
    except (UnidentifiedImageError, Image.DecompressionBombError, ValueError) as exc:
        raise BadInput("That file is not a picture that can be read.") from exc
    return GrayFrame(gray.width, gray.height, gray.tobytes())


class SheetScanner:
    """Match decoded codes against the vault's sheets and record returns."""

    def __init__(self, sheets: SheetService) -> None:
        self.sheets = sheets

    decode = staticmethod(decode)

    def identify(self, payloads: Sequence[str]) -> ScanResult:
        """What the codes of one frame are to this vault (reads only)."""
        if not payloads:
            return ScanResult(Seen.NO_CODE)
        ours: dict[str, str] = {}
        for payload in payloads:
            try:
                prefix, serial = parse_qr(payload)
            except StallappError:
                continue
            ours[serial] = prefix
        if not ours:
            return ScanResult(Seen.FOREIGN_CODE)
        if len(ours) > 1:
            return ScanResult(Seen.TWO_SHEETS)
        (serial, prefix), *_ = ours.items()
        record = sheet_store.get(self.sheets.vault.conn, serial)
        if record is None or record.petition_hash[: sheet_pdf.HASH_CHARS] != prefix:
            return ScanResult(Seen.UNKNOWN_SERIAL, serial)
        if record.returned_at is not None:
            return ScanResult(
                Seen.ALREADY_RETURNED, serial, record.rows, returned_count=record.signature_count
            )
        typed = sheet_store.typed_rows_by_sheet(self.sheets.vault.conn, record.petition_id)
        return ScanResult(Seen.SHEET, serial, record.rows, typed.get(serial, 0))

    def read(self, frame: GrayFrame) -> ScanResult:
        return self.identify(self.decode(frame))

    def mark_returned(self, serial: str, count: int, city: str | None = None) -> SheetRecord:
        """Record a scanned sheet's count (the rules of SheetService.mark_returned)."""
        return self.sheets.mark_returned(serial, count, city=city)
