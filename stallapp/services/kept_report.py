"""Kept counts of purged signatures in reports: added to the live counts, and labelled.

After a purge a petition's signatures are gone and its counts live on in `kept_counts`
(see services/anonymise.py). Reports add them to the totals, to each petition's people and
to the groups by city, event, day, constituency and ward, and say how much of each figure
comes from before the purge (`kept_people`). Devices are not kept, so a report by device
shows live signatures only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stallapp.domain.kept_counts import KeptCount
from stallapp.storage import kept_count_store
from stallapp.storage.connection import Connection

if TYPE_CHECKING:
    from stallapp.services.reports import Report

KEPT_GROUPINGS = ("city", "event", "day", "constituency", "ward")


@dataclass(frozen=True)
class Kept:
    counts: list[KeptCount]

    @classmethod
    def read(cls, conn: Connection) -> Kept:
        return cls(kept_count_store.all_kept(conn))

    def _sum(
        self, dimension: str, petition_id: str | None = None, key: str | None = None
    ) -> tuple[int, int]:
        found = [
            c
            for c in self.counts
            if c.dimension == dimension
            and (petition_id is None or c.petition_id == petition_id)
            and (key is None or c.key == key)
        ]
        return sum(c.signatures for c in found), sum(c.people for c in found)

    def people_of(self, petition_id: str) -> int:
        return self._sum("total", petition_id)[1]

    def signatures_of(self, petition_id: str) -> int:
        return self._sum("total", petition_id)[0]

    def add_to_totals(self, report: Report) -> None:
        signatures, people = self._sum("total")
        report.signatures += signatures
        report.people += people
        report.paper += self._sum("route", key="paper")[0]
        report.kiosk += self._sum("route", key="kiosk")[0]
        report.kept_signatures, report.kept_people = signatures, people

    def add_to_groups(self, by: str, groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The live groups with the kept counts of the same grouping added, by label."""
        if by not in KEPT_GROUPINGS:
            return groups
        kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c in self.counts:
            if c.dimension == by:
                kept[c.label][0] += c.signatures
                kept[c.label][1] += c.people
        if not kept:
            return groups
        out = [dict(g) for g in groups]
        index = {str(g["group"]): g for g in out}
        for label, (signatures, people) in kept.items():
            group = index.get(label)
            if group is None:
                group = {"group": label, "people": 0}
                if by not in ("constituency", "ward"):
                    group["signatures"] = 0
                out.append(group)
                index[label] = group
            group["people"] += people
            if "signatures" in group:
                group["signatures"] += signatures
            group["kept_people"] = people
            group["kept_signatures"] = signatures
        return sorted(out, key=lambda g: (-int(g["people"]), str(g["group"])))
