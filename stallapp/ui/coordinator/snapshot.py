"""What the coordinator screen shows of the vault, read on a worker thread by a job."""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.services.batch_import import MissingBatches
from stallapp.services.coordination import CoordinatorService
from stallapp.services.dedupe import NearMatch
from stallapp.services.reports import Report
from stallapp.ui.jobs import JobControl


@dataclass(frozen=True)
class Snapshot:
    """What the screen shows of the vault, read on a worker thread."""

    report: Report
    gaps: list[MissingBatches]
    forks: int
    matches: list[NearMatch]


def read_snapshot(service: CoordinatorService, by: str, control: JobControl) -> Snapshot:
    """Read counts, gaps and near matches (slow at 100k signatures), stopping between steps
    once the job is cancelled."""
    control.check()
    report = service.report(by)
    control.check()
    gaps = service.missing_batches()
    forks = service.quarantined()
    control.check()
    matches = service.near_matches()
    return Snapshot(report, gaps, forks, matches)


@dataclass(frozen=True)
class Imported:
    files: int
    cancelled: bool  # stopped by the Cancel button after `files` files
    snapshot: Snapshot
