"""The stall's batches and whether the coordinator received them: load a signed import
receipt from the stick, and erase from this laptop the signers it received. Counts only:
no signer data is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.stall_receipts import BatchState, ReceivedErased, StallReceipts
from stallapp.ui.jobs import JobRunner
from stallapp.ui.stall.erase_received_dialog import EraseReceivedDialog


def _ask_erase(count: int, batches: int, parent: QWidget) -> bool:
    return EraseReceivedDialog(count, batches, parent).exec() == QDialog.DialogCode.Accepted


class BatchReceiptsPanel(QWidget):
    receipt_confirmed = Signal(int)
    """A receipt was confirmed: how many batches it marked received now."""
    received_erased = Signal(int)
    """Received signers were erased from this laptop: how many signatures."""

    def __init__(
        self,
        receipts: StallReceipts,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        ask_erase: Callable[[int, int, QWidget], bool] = _ask_erase,
        choose_receipt: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchReceipts")
        self._receipts = receipts
        self._jobs = jobs
        self._ask_erase = ask_erase
        self._choose_receipt = choose_receipt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.batches = QListWidget()
        self.batches.setObjectName("batchList")
        self.batches.setMaximumHeight(130)
        layout.addWidget(self.batches)
        self.summary = QLabel()
        self.summary.setObjectName("receivedSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.load = QPushButton()
        self.load.setObjectName("loadReceipt")
        self.load.clicked.connect(self._choose)
        self.erase = QPushButton()
        self.erase.setObjectName("eraseReceived")
        self.erase.clicked.connect(self.erase_received)
        row.addWidget(self.load)
        row.addWidget(self.erase)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("receiptStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._jobs.busy(self)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Batches sent to the coordinator"))
        self.batches.setAccessibleName(self.heading.text())
        self.load.setText(self.tr("Load import receipt…"))
        self.erase.setText(self.tr("Erase received signers…"))
        self.refresh()

    def _line(self, b: BatchState) -> str:
        text = (
            self.tr("Batch %1 (%2): %3 signature(s)")
            .replace("%1", str(b.seq))
            .replace("%2", b.created_at[:10])
            .replace("%3", str(b.record_count))
        )
        if not b.received:
            return text + " · " + self.tr("not yet received")
        if b.on_device == 0 and b.erased:
            return text + " · " + self.tr("received, erased from this laptop")
        return text + " · " + self.tr("received, still on this laptop")

    def refresh(self) -> None:
        """Read the batches again (small: counts only) and update the buttons."""
        states = self._receipts.batches()
        self.batches.clear()
        for b in reversed(states):  # newest first
            self.batches.addItem(self._line(b))
        if not states:
            self.batches.addItem(self.tr("No batch exported yet."))
        erased = sum(b.erased for b in states)
        self.summary.setText(
            self.tr(
                "%1 signature(s) received by the coordinator and erased from this laptop."
            ).replace("%1", str(erased))
        )
        self.summary.setVisible(erased > 0)
        idle = not self.busy
        self.load.setEnabled(idle and bool(states))
        self.erase.setEnabled(idle and any(b.received and b.on_device for b in states))

    # -- receipt ---------------------------------------------------------------------------

    def _choose(self) -> None:
        if self._choose_receipt is not None:
            path = self._choose_receipt(self)
        else:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the import receipt on the stick"),
                "",
                self.tr("Import receipts (*.stallreceipt);;All files (*)"),
            )
            path = Path(name) if name else None
        if path is not None:
            self.load_receipt(path)

    def load_receipt(self, path: Path) -> None:
        """Verify and confirm the receipt in `path` as a job; any bad file: one message."""
        if self.busy:
            return
        self._start()
        self.status.setText(self.tr("Checking the receipt…"))
        receipts = self._receipts
        self._jobs.start(
            self,
            "confirm receipt",
            lambda _control: receipts.confirm_file(path),
            on_done=lambda done: self._confirmed(done.newly_received, done.listed),
            on_failed=self.status.setText,
            on_finished=self.refresh,
        )

    def _confirmed(self, new: int, listed: int) -> None:
        self.status.setText(
            self.tr("Receipt checked: the coordinator holds %1 batch(es); %2 newly received.")
            .replace("%1", str(listed))
            .replace("%2", str(new))
        )
        self.receipt_confirmed.emit(new)

    # -- erase -------------------------------------------------------------------------------

    def erase_received(self) -> None:
        if self.busy:
            return
        states = self._receipts.batches()
        count = sum(b.on_device for b in states if b.received)
        batches = sum(1 for b in states if b.received and b.on_device)
        if count == 0:
            self.status.setText(self.tr("No received signer is left on this laptop."))
            return
        if not self._ask_erase(count, batches, self):
            self.status.setText(self.tr("Nothing was erased."))
            return
        self._start()
        self.status.setText(self.tr("Erasing…"))
        receipts = self._receipts
        self._jobs.start(
            self,
            "erase received",
            lambda _control: receipts.erase_received(),
            on_done=self._erased,
            on_failed=self.status.setText,
            on_finished=self.refresh,
        )

    def _erased(self, done: ReceivedErased) -> None:
        self.status.setText(
            self.tr(
                "%1 signature(s) received by the coordinator were erased from this laptop."
            ).replace("%1", str(done.count))
        )
        self.received_erased.emit(done.count)

    def _start(self) -> None:
        self.load.setEnabled(False)
        self.erase.setEnabled(False)
