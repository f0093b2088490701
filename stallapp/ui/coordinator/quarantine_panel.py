"""Batches set aside as forks, side by side with the batch that holds their number, and the
coordinator's decision: accept one, set the other aside with a reason. Only numbers,
counts, dates and the device are shown; never a signer. The decision runs as a job."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.coordination import CoordinatorService
from stallapp.services.quarantine import MAX_REASON, Case, Settled
from stallapp.ui.jobs import JobRunner

_ID_ROLE = 256


class QuarantinePanel(QWidget):
    settled = Signal(int, int)
    """A batch was accepted or set aside: (signatures added, later batches now imported)."""
    settle_failed = Signal(str)
    """A decision was refused with this message; nothing changed."""

    def __init__(
        self, service: CoordinatorService, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._jobs = jobs
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Batches set aside"))
        layout.addWidget(self.list, 1)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(
            self.tr("Reason for the batch set aside, e.g. the stall's vault was restored")
        )
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept this batch"))
        self.reject_button = QPushButton(self.tr("Set this batch aside"))
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.accept_button.clicked.connect(lambda: self.decide(accept=True))
        self.reject_button.clicked.connect(lambda: self.decide(accept=False))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reason.textChanged.connect(lambda _text: self._update_buttons())
        self.refresh()

    def _describe(self, case: Case) -> str:
        b = case.entry.batch
        waiting = (
            self.tr("Waiting: batch %1 from %2 (%3): %4 record(s), received %5")
            .replace("%1", str(b.seq))
            .replace("%2", case.device_name)
            .replace("%3", b.device_id)
            .replace("%4", str(b.record_count))
            .replace("%5", case.entry.received_at[:10])
        )
        holder = case.holder
        if holder is None:
            other = self.tr("    No batch holds this number: it waits for an earlier decision.")
        else:
            other = (
                self.tr("    Already merged as batch %1: %2 record(s), received %3")
                .replace("%1", str(holder.seq))
                .replace("%2", str(holder.record_count))
                .replace("%3", (holder.received_at or "")[:10])
            )
        return f"{waiting}\n{other}"

    def refresh(self) -> None:
        """Read the waiting batches again (a short read of a few rows)."""
        cases = self._service.quarantine_cases()
        self.list.clear()
        for case in cases:
            item = QListWidgetItem(self._describe(case))
            item.setData(_ID_ROLE, case.entry.id)
            self.list.addItem(item)
        self.heading.setText(
            self.tr("Batches waiting for a decision: %1").replace("%1", str(len(cases)))
        )
        if cases:
            self.list.setCurrentRow(0)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._jobs.busy(self)

    def _update_buttons(self) -> None:
        ready = (
            self.list.currentItem() is not None
            and bool(self.reason.text().strip())
            and not self.busy
        )
        self.accept_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)

    def decide(self, *, accept: bool) -> None:
        item = self.list.currentItem()
        if item is None or self.busy:
            return
        entry_id, reason = int(item.data(_ID_ROLE)), self.reason.text()
        service = self._service
        settle = service.accept_quarantined if accept else service.reject_quarantined
        self.status.setText(self.tr("Settling the batch…"))
        self._jobs.start(
            self,
            "settle quarantine",
            lambda _control: settle(entry_id, reason),
            on_done=self._done,
            on_failed=self._failed,
            on_finished=self._finished,
        )
        self._update_buttons()

    def _done(self, result: Settled) -> None:
        self.reason.clear()
        self.status.setText(
            self.tr("Done: %1 signature(s) added; %2 later batch(es) imported.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.released))
        )
        self.refresh()
        self.settled.emit(result.added, result.released)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.settle_failed.emit(message)

    def _finished(self) -> None:
        self._update_buttons()
