"""People by Westminster constituency or council ward, from the ONS postcode directory.

The coordinator chooses the NSPL or ONSPD file (and, optionally, the names and codes files
from the same download); the count runs as a job, with the same reader as `stallapp report`
and the bundle. Only counts and area names are shown, with the release they came from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.kept_counts import OTHER_AREAS, UNKNOWN
from stallapp.services.coordination import CoordinatorService
from stallapp.services.reports import Report
from stallapp.ui.coordinator.bar_chart import BarChart
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.quiet_label import QuietLabel


class AreaCountsPanel(QGroupBox):
    def __init__(
        self, service: CoordinatorService, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._jobs = jobs
        self.lookup: Path | None = None
        self.names: tuple[Path, ...] = ()
        self.setTitle(self.tr("People by constituency or ward"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.lookup_button = QPushButton(self.tr("Postcode directory…"))
        self.lookup_button.clicked.connect(self._choose_lookup)
        self.names_button = QPushButton(self.tr("Area names…"))
        self.names_button.clicked.connect(self._choose_names)
        self.area = QComboBox()
        self.area.setObjectName("areaChoice")
        self.area.addItem(self.tr("Constituency"), "constituency")
        self.area.addItem(self.tr("Council ward"), "ward")
        self.count_button = QPushButton(self.tr("Count"))
        self.count_button.clicked.connect(self.count)
        for widget in (self.lookup_button, self.names_button, self.area, self.count_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart = BarChart()
        layout.addWidget(self.chart)
        self.status = QuietLabel()
        self.status.setObjectName("areaStatus")
        layout.addWidget(self.status)
        self._update()

    def _update(self) -> None:
        idle = not self._jobs.busy(self)
        self.count_button.setEnabled(idle and self.lookup is not None)
        self.names_button.setEnabled(self.lookup is not None)

    def _choose_lookup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The ONS postcode directory (NSPL or ONSPD)"), "", "CSV (*.csv)"
        )
        if path:
            self.set_files(Path(path), ())

    def _choose_names(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Names and codes files"), "", "CSV (*.csv)"
        )
        if paths and self.lookup is not None:
            self.set_files(self.lookup, tuple(Path(p) for p in paths))

    def set_files(self, lookup: Path, names: tuple[Path, ...]) -> None:
        self.lookup, self.names = lookup, names
        self.status.setText(
            self.tr("Postcode directory: %1; %2 names file(s).")
            .replace("%1", lookup.name)
            .replace("%2", str(len(names)))
        )
        self._update()

    def count(self) -> None:
        lookup, names, by = self.lookup, self.names, str(self.area.currentData())
        if lookup is None:
            return

        def work(_control: JobControl) -> Report:
            return self._service.area_report(by, lookup, names)

        self.count_button.setEnabled(False)
        self._jobs.start(
            self,
            "area counts",
            work,
            on_done=self._show,
            on_failed=self.status.setText,
            on_finished=self._update,
        )

    def _show(self, report: Report) -> None:
        shown = {
            UNKNOWN: self.tr("Not known"),
            OTHER_AREAS: self.tr("Other areas, kept together (fewer than 5 people each)"),
        }
        bars = [
            (shown.get(str(g["group"]), str(g["group"])), int(g["people"])) for g in report.groups
        ]
        self.chart.set_rows(bars)
        self.status.setText(
            self.tr("From the postcode directory %1.").replace("%1", report.lookup_release or "")
        )
