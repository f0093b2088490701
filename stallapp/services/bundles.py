"""A submission bundle for an MP or a council, in the same steps from the CLI and the screen.

`BundleRequest` holds what the user chose; `BundleService.write` checks it, reads the rows,
renders and writes the folder, then records the count in the audit log. Rendering comes
before any file is written, so a cancelled or failed bundle leaves no file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.errors import BadInput
from stallapp.printing import bundle
from stallapp.printing.bundle import BundleResult
from stallapp.printing.bundle_pdf import BundleInfo, Progress
from stallapp.services import bundle_rows
from stallapp.services.capture import CaptureService
from stallapp.services.council_counts import CouncilCounts
from stallapp.storage.vault import Vault


@dataclass(frozen=True)
class BundleRequest:
    petition_id: str
    recipient: str
    folder: Path
    constituency: str | None = None
    postcode_lookup: Path | None = None
    area_names: tuple[Path, ...] = ()  # names and codes files from the same download
    omit_street: bool = False
    cover_template: Path | None = None  # the default cover letter when None
    paper: str = "a4"
    today: date | None = None


class BundleService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def check(
        self, request: BundleRequest, wanted: set[str] | None = None
    ) -> tuple[BundleInfo, PostcodeLookup | None]:
        """Everything about the request that can be wrong before any row is read. With
        `wanted` (compact postcodes), the lookup keeps only those."""
        recipient = bundle.clean_recipient(request.recipient)
        constituency = " ".join(request.constituency.split()) if request.constituency else None
        if constituency and request.postcode_lookup is None:
            raise BadInput("To choose a constituency, give a postcode lookup file too.")
        if request.area_names and request.postcode_lookup is None:
            raise BadInput("Area names need the postcode lookup file too.")
        lookup = (
            PostcodeLookup.load(request.postcode_lookup, request.area_names, wanted)
            if request.postcode_lookup
            else None
        )
        petition = CaptureService(self._vault).petition(request.petition_id)
        council = CouncilCounts(self._vault).latest(petition.id)
        template = (
            bundle.read_template(request.cover_template)
            if request.cover_template
            else bundle.default_template()
        )
        info = BundleInfo(
            petition=petition,
            recipient=recipient,
            constituency=constituency,
            today=(request.today or date.today()).isoformat(),
            cover_template=template,
            paper=request.paper,
            lookup_release=lookup.release if lookup is not None else None,
            council_epetition=(council.count, council.counted_on) if council else None,
        )
        return info, lookup

    def write(self, request: BundleRequest, progress: Progress | None = None) -> BundleResult:
        everyone = bundle_rows.load_rows(self._vault, request.petition_id)
        info, lookup = self.check(request, bundle_rows.postcodes(everyone))
        rows = bundle_rows.select(
            everyone,
            lookup,
            info.constituency,
            request.omit_street,
        )
        inks = bundle_rows.ink_reader(self._vault)
        result = bundle.write_bundle(info, rows, request.folder, progress, inks)
        bundle_rows.record_written(self._vault, info.petition.id, result.count)
        return result
