"""The coordinator screen: import sealed batches, counts and charts, near-match review,
devices and keys, withdrawal and retention (the last three as tabs).

A standalone widget; the main window plugs it in. The long work runs as jobs of the
window's JobRunner: an import (which reads the counts again on the same worker when it is
done) and a refresh of counts, chart and near matches. One job at a time touches the vault:
while one runs, the import controls, the review and the withdrawal tab are disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from threading import Event

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.batch_import import MissingBatches, Outcome
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.ui.coordinator.area_counts_panel import AreaCountsPanel
from stallapp.ui.coordinator.bar_chart import BarChart
from stallapp.ui.coordinator.counts_box import CountsBox
from stallapp.ui.coordinator.devices_panel import DevicesPanel
from stallapp.ui.coordinator.epetition_panel import EpetitionPanel
from stallapp.ui.coordinator.import_box import ImportBox
from stallapp.ui.coordinator.import_lines import ImportLines
from stallapp.ui.coordinator.near_match_panel import NearMatchPanel
from stallapp.ui.coordinator.quarantine_panel import QuarantinePanel
from stallapp.ui.coordinator.receipt_panel import ReceiptWriterPanel
from stallapp.ui.coordinator.snapshot import Imported, Snapshot, read_snapshot
from stallapp.ui.coordinator.withdrawal_panel import WithdrawalPanel
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.fingerprint_view import FingerprintView


class CoordinatorView(QWidget):
    import_finished = Signal(int, bool)
    """(files handled, True if cancelled): counts and lists were refreshed."""
    refreshed = Signal()
    """Counts, chart and lists show the vault as it is now."""
    import_failed = Signal(str)
    """A readable one-line message."""
    decision_recorded = Signal(int)
    """A near match was confirmed or rejected (its id)."""

    def __init__(
        self,
        service: CoordinatorService,
        withdrawal: WithdrawalService,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str], bool] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        # No parent: the import job keeps it, so it outlives the screen if a lock closes that.
        self._lines = ImportLines()
        self._confirm = confirm
        self._today = today
        self._withdrawal = withdrawal
        self._jobs = jobs
        self._importing = False
        self._pending: list[Path] | None = None  # an import waiting for a refresh to end
        self._stop_asked = Event()  # the Cancel button: stop after the current file
        self._refresh_again = False
        self._after_refresh: list[Callable[[], None]] = []
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        root = self._root = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        left = self._left = QVBoxLayout()
        root.addLayout(left, 1)

        imports = ImportBox(ReceiptWriterPanel(self._service.write_receipts, self._jobs))
        self.drop_zone, self.results, self.progress = (
            imports.drop_zone,
            imports.results,
            imports.progress,
        )
        self.choose_button, self.cancel_button = imports.choose_button, imports.cancel_button
        self.status, self.gap_label = imports.status, imports.gap_label
        self.receipt_writer = imports.receipt_writer
        self.drop_zone.paths_dropped.connect(self.start_import)
        self.choose_button.clicked.connect(self._choose)
        self.cancel_button.clicked.connect(self.cancel_import)
        left.addWidget(imports)

        self.counts = CountsBox()
        self.count_labels = self.counts.count_labels
        self.kept_label = self.counts.kept_label
        left.addWidget(self.counts)

        box = QGroupBox(self.tr("People by"))
        inner = QVBoxLayout(box)
        self.grouping = QComboBox()
        for key, text in (
            ("city", self.tr("City")),
            ("day", self.tr("Day")),
            ("device", self.tr("Stall device")),
            ("event", self.tr("Stall event")),
        ):
            self.grouping.addItem(text, key)
        self.grouping.currentIndexChanged.connect(lambda _i: self.refresh())
        inner.addWidget(self.grouping)
        self.chart = BarChart()
        inner.addWidget(self.chart)
        left.addWidget(box)
        left.addStretch(1)

        self.tabs = QTabWidget()
        # Five tabs: long names shorten on a narrow column rather than needing tiny arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        root.addWidget(self.tabs, 1)
        self.review = NearMatchPanel()
        self.review.decision_made.connect(self._decide)
        self.tabs.addTab(self.review, self.tr("Review"))
        page = QWidget()
        right = QVBoxLayout(page)
        box = QGroupBox(self.tr("Stall devices"))
        inner = QVBoxLayout(box)
        self.devices = DevicesPanel(self._service)
        inner.addWidget(self.devices)
        right.addWidget(box)
        box = QGroupBox(self.tr("Keys"))
        inner = QVBoxLayout(box)
        self.fingerprint = FingerprintView(self._service.fingerprint())
        inner.addWidget(self.fingerprint)
        right.addWidget(box)
        right.addStretch(1)
        self.tabs.addTab(page, self.tr("Devices"))
        self.withdrawal = WithdrawalPanel(
            self._withdrawal,
            self._jobs,
            self._confirm,
            self._today,
            area_files=lambda: (self.areas.lookup, self.areas.names),
        )
        self.withdrawal.erased.connect(lambda _n: self.refresh())
        self.withdrawal.purged.connect(lambda _n: self.refresh())
        self.withdrawal.purge_failed.connect(lambda _m: self.refresh())
        self._jobs.job_started.connect(self._update_busy)
        self._jobs.job_ended.connect(self._update_busy)
        self.tabs.addTab(self.withdrawal, self.tr("Withdrawal"))
        self.quarantine = QuarantinePanel(self._service, self._jobs)
        self.quarantine.settled.connect(lambda _added, _released: self.refresh())
        self.tabs.addTab(self.quarantine, self.tr("Quarantine"))
        page = QWidget()
        right = QVBoxLayout(page)
        self.areas = AreaCountsPanel(self._service, self._jobs)
        right.addWidget(self.areas)
        self.epetition = EpetitionPanel(self._service, self._today())
        right.addWidget(self.epetition)
        right.addStretch(1)
        self.tabs.addTab(page, self.tr("Areas"))

    # -- side by side when wide, one above the other when narrow (a portrait screen) ----------

    def _stacked_width(self) -> int:
        m = self._root.contentsMargins()
        inner = max(self._left.minimumSize().width(), self.tabs.minimumSizeHint().width())
        return inner + m.left() + m.right()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._root.direction() == QBoxLayout.Direction.LeftToRight:
            return QSize(self._stacked_width(), hint.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        m = self._root.contentsMargins()
        side_by_side = (
            self._left.minimumSize().width()
            + self.tabs.minimumSizeHint().width()
            + self._root.spacing()
            + m.left()
            + m.right()
        )
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= side_by_side
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self._root.direction():
            self._root.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    # -- importing -----------------------------------------------------------------------------

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose batch files"), "", self.tr("Sealed batches (*.stallbatch)")
        )
        if files:
            self.start_import([Path(f) for f in files])

    @property
    def busy(self) -> bool:
        """True while a job of this screen (import, refresh, purge) runs or an import waits."""
        return self._pending is not None or self._jobs.busy(self)

    @property
    def importing(self) -> bool:
        return self._importing

    def start_import(self, paths: list[Path]) -> None:
        if self._importing or self.withdrawal.busy or not paths:
            return
        self.results.clear()
        self.status.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self._stop_asked.clear()
        self._importing = True
        self._pending = list(paths)
        self._refresh_again = False  # the import reads everything again when it is done
        self._update_busy()
        self._start_pending()

    def _start_pending(self) -> None:
        """Start the asked-for import unless a refresh still reads the vault (its end does)."""
        todo = self._pending
        if todo is None or self._jobs.busy(self):
            return
        self._pending = None
        service, stop = self._service, self._stop_asked
        by = str(self.grouping.currentData())
        lines = self._lines

        def work(control: JobControl) -> Imported:
            def report(done: int, total: int, path: Path, outcome: Outcome) -> None:
                control.progress(done, total, lines.line(path.name, outcome))

            done = service.import_files(todo, report, stop.is_set)
            return Imported(len(done), stop.is_set(), read_snapshot(service, by, control))

        self._jobs.start(
            self,
            "import",
            work,
            on_done=self._imported,
            on_failed=self._import_failed,
            on_progress=self._on_progress,
            on_finished=self._import_ended,
        )
        self._update_busy()

    def cancel_import(self) -> None:
        if self._importing:
            self._stop_asked.set()
            self.status.setText(self.tr("Cancelling after the current file…"))

    def _update_busy(self, _name: str = "") -> None:
        busy = self.busy
        self.cancel_button.setEnabled(self._importing)
        self.choose_button.setEnabled(not busy)
        self.drop_zone.setEnabled(not busy)
        self.review.setEnabled(not busy)
        self.withdrawal.setEnabled(not busy)

    def _on_progress(self, done: int, total: int, line: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.results.addItem(line)

    def _import_ended(self) -> None:
        self._importing = False
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self._update_busy()
        if self._refresh_again:
            self.refresh()

    def _imported(self, result: Imported) -> None:
        text = (
            self.tr("Cancelled after %1 file(s).")
            if result.cancelled
            else self.tr("Done: %1 file(s) handled.")
        )
        self.status.setText(text.replace("%1", str(result.files)))
        self._importing = False
        self._show(result.snapshot)
        self.import_finished.emit(result.files, result.cancelled)

    def _import_failed(self, message: str) -> None:
        self.status.setText(message)
        self._importing = False
        self.refresh(lambda: self.import_failed.emit(message))

    # -- counts and review ---------------------------------------------------------------------

    def refresh(self, after: Callable[[], None] | None = None) -> None:
        """Read counts, chart and lists again in a job; `after` runs once they are shown."""
        if after is not None:
            self._after_refresh.append(after)
        if self.busy:
            self._refresh_again = True  # one job at a time on the vault; read when it ends
            return
        self._refresh_again = False
        service, by = self._service, str(self.grouping.currentData())
        self._jobs.start(
            self,
            "reports",
            lambda control: read_snapshot(service, by, control),
            on_done=self._show,
            on_failed=self.status.setText,
            on_finished=self._refresh_finished,
        )
        self._update_busy()

    def _refresh_finished(self) -> None:
        """Runs only for a wanted refresh (never while Lock stops the jobs)."""
        self._update_busy()
        if self._pending is not None:
            self._start_pending()
        elif self._refresh_again:
            self.refresh()

    def _gap_line(self, gap: MissingBatches) -> str:
        """'Missing: batch 3 from Liverpool tablet (dev-1)', phrased in the screen's language."""
        numbers = ", ".join(str(n) for n in gap.numbers)
        return (
            self.tr("Missing: %n batch(es) from %1 (%2): %3", "", len(gap.numbers))
            .replace("%1", gap.device_name)
            .replace("%2", gap.device_id)
            .replace("%3", numbers)
        )

    def _show(self, snapshot: Snapshot) -> None:
        """Fill the widgets in from a snapshot (UI thread)."""
        self._update_busy()  # the review enables its buttons only when it is enabled
        report = snapshot.report
        self.counts.show_report(report)
        self.chart.set_rows([(str(g["group"]), int(g["people"])) for g in report.groups])
        self.devices.refresh()
        lines = [self._gap_line(gap) for gap in snapshot.gaps]
        if snapshot.forks:
            lines.append(
                self.tr(
                    "Set aside as forks: %1 batch(es); see 'stallapp batch quarantine'."
                ).replace("%1", str(snapshot.forks))
            )
        self.gap_label.setText("\n".join(lines))
        self.review.set_matches(snapshot.matches)
        self.withdrawal.refresh()
        self.quarantine.refresh()
        if self._refresh_again:
            return  # another read follows; its callbacks wait for it
        after, self._after_refresh = self._after_refresh, []
        for callback in after:
            callback()
        self.refreshed.emit()

    def _decide(self, match_id: int, confirm: bool) -> None:
        if self.busy:
            return
        try:
            self._service.decide(match_id, confirm)
        except StallappError as exc:
            self.status.setText(exc.message)
            return
        self.refresh(lambda: self.decision_recorded.emit(match_id))
