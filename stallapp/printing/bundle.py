"""The submission bundle: a PDF, a CSV with the same rows, and a SHA-256 manifest.

Files are written atomically into a private folder; the folder must not already hold a
bundle. The manifest is in `sha256sum` format, so `sha256sum -c MANIFEST.sha256` checks it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.domain.textnorm import FORMULA_PREFIXES
from stallapp.printing import bundle_pdf
from stallapp.printing.bundle_pdf import BundleInfo, InkReader, Progress
from stallapp.printing.bundle_row import BundleRow
from stallapp.system.paths import atomic_write, ensure_private_dir
from stallapp.system.resources import resource

PDF_NAME = "submission.pdf"
CSV_NAME = "signatures.csv"
MANIFEST_NAME = "MANIFEST.sha256"
CSV_COLUMNS = (
    "row",
    "name",
    "address",
    "postcode",
    "constituency",
    "ward",
    "live_work_study",
    "date",
    "city",
    "method",
)
MAX_TEMPLATE = 100_000
MAX_RECIPIENT = 200


@dataclass(frozen=True)
class BundleResult:
    folder: Path
    files: dict[str, str]  # file name -> SHA-256
    count: int


def default_template() -> str:
    return resource("templates", "bundle_cover_letter.txt").read_text(encoding="utf-8")


def read_template(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(
            f"Cannot read the cover letter template {path.name}: {exc.strerror}"
        ) from None
    if len(raw) > MAX_TEMPLATE:
        raise BadInput(f"{path.name}: the cover letter template is too long.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{path.name}: the template must be UTF-8 text.") from None


def clean_recipient(raw: str) -> str:
    text = " ".join((raw or "").split())
    if not text or len(text) > MAX_RECIPIENT:
        raise BadInput(f"Give the recipient's name (1 to {MAX_RECIPIENT} characters).")
    return text


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    if cell.startswith((*FORMULA_PREFIXES, "\t", "\r")):
        return "'" + cell
    return cell


def csv_bytes(rows: list[BundleRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for number, row in enumerate(rows, start=1):
        cells = (
            str(number),
            row.name,
            ", ".join(row.address_lines),
            row.postcode,
            row.constituency or "",
            row.ward or "",
            row.connection or "",
            row.date,
            row.city,
            row.origin,
        )
        writer.writerow([neutralise(c) for c in cells])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8


def write_bundle(
    info: BundleInfo,
    rows: list[BundleRow],
    folder: Path,
    progress: Progress | None = None,
    inks: InkReader | None = None,
) -> BundleResult:
    if not rows:
        raise BadInput("No signatures match: there is nothing to put in a bundle.")
    if folder.exists() and not folder.is_dir():
        raise BadInput("The output must be a folder, and a file of that name exists.")
    if folder.exists() and any(folder.iterdir()):
        raise BadInput("The output folder is not empty; choose a new or empty folder.")
    pdf = bundle_pdf.render(info, rows, progress, inks=inks)
    files = {PDF_NAME: pdf, CSV_NAME: csv_bytes(rows)}
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    manifest = "".join(f"{digests[name]}  {name}\n" for name in sorted(files))
    ensure_private_dir(folder)
    for name, data in files.items():
        atomic_write(folder / name, data)
    atomic_write(folder / MANIFEST_NAME, manifest.encode("ascii"))
    return BundleResult(folder, digests, len(rows))
