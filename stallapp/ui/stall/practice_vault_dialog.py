"""Make a practice vault: a separate rehearsal vault with made-up signers, for training.

It is made as a job of the window's runner (the signers' ink takes a moment), in its own
folder; this vault is untouched. The practice vault then opens in a new window, where every
screen says it holds practice data only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from stallapp.services.practice_vault import PracticeVault, PracticeVaults
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.new_passphrase_fields import NewPassphraseFields
from stallapp.ui.shared.tool_dialog import ToolDialog
from stallapp.ui.stall.passphrase_block import PassphraseBlock

SIGNER_CHOICES = (0, 25, 100, 500)


def gui_command(folder: Path) -> list[str]:
    """The command that opens stallapp on `folder` (the frozen app is its own program)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--data-dir", str(folder), "gui"]
    return [sys.executable, "-m", "stallapp", "--data-dir", str(folder), "gui"]


def open_in_new_window(folder: Path) -> bool:
    program, *args = gui_command(folder)
    started = QProcess.startDetached(program, args)
    return bool(started[0] if isinstance(started, tuple) else started)


class PracticeVaultDialog(ToolDialog):
    practice_made = Signal(object)
    """(PracticeVault) the folder and how many made-up signers it holds."""

    def __init__(
        self,
        practice: PracticeVaults,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        launch: Callable[[Path], bool] = open_in_new_window,
    ) -> None:
        super().__init__(jobs, parent)
        self.practice = practice
        self.launch = launch
        self.made: PracticeVault | None = None
        self.setObjectName("practiceVaultDialog")
        self.setWindowTitle(self.tr("Practice vault"))
        self.block = PassphraseBlock(
            width=640, message_name="practiceMessage", button_name="makePractice"
        )
        self.message = self.block.message
        self.make = self.block.button
        self.make.clicked.connect(self.submit)
        self.signers = QComboBox()
        self.signers.setObjectName("practiceSigners")
        for n in SIGNER_CHOICES:
            self.signers.addItem(str(n), n)
        self.signers.setCurrentIndex(SIGNER_CHOICES.index(25))
        self.signers_label = QLabel()
        self.fields = NewPassphraseFields(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("practiceProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.block.add_row(self.signers, self.signers_label)
        self.block.add_new_passphrase(self.fields)
        self.block.add_row(self.progress)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openPractice")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_practice)
        self.block.add_below(self.open_button)
        self.close_button = self.block.add_quiet_button("close")
        self.close_button.clicked.connect(self.reject)
        self.block.place_on(self.scroll_body())
        self.set_default_button(self.make)
        self.block.title.setText(self.tr("Practice vault: made-up signers only"))
        self.block.intro.setText(
            self.tr(
                "Make a separate vault to practise with: the sample petition, a practice "
                "stall today and made-up signers. It is marked as practice on every screen, "
                "its batches can never enter a real vault, and this vault is not touched. "
                "Choose a passphrase for the practice vault; never use it for real signers."
            )
        )
        self.signers_label.setText(self.tr("Made-up signers to start with"))
        self.make.setText(self.tr("Make the practice vault"))
        self.open_button.setText(self.tr("Open the practice vault in a new window"))
        self.close_button.setText(self.tr("Close"))

    def submit(self) -> None:
        if self.busy:
            return
        problem = self.fields.problem()
        if problem is not None:
            self.block.say(problem)
            self.fields.passphrase.setFocus()
            return
        practice, passphrase = self.practice, self.fields.value()
        count = int(self.signers.currentData())

        def work(control: JobControl) -> PracticeVault:
            return practice.create(passphrase, count, control.progress)

        self._set_busy(True)
        self.block.say(self.tr("Making the practice vault…"), ok=True)
        assert self.jobs is not None
        self.jobs.start(
            self,
            "practice-vault",
            work,
            on_done=self._made,
            on_failed=self.block.say,
            on_progress=self._on_progress,
            on_finished=lambda: self._set_busy(False),
        )

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.make.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.signers.setEnabled(not busy)
        self.fields.set_enabled(not busy)

    def _made(self, made: PracticeVault) -> None:
        self.made = made
        self.fields.clear()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.block.say(
            self.tr(
                "The practice vault is ready with %1 made-up signers. Open it with the "
                "passphrase you just chose."
            ).replace("%1", str(made.signers)),
            ok=True,
        )
        self.open_button.setEnabled(True)
        self.set_default_button(self.open_button)
        self.practice_made.emit(made)

    def open_practice(self) -> None:
        if self.made is None:
            return
        if self.launch(self.made.folder):
            self.block.say(self.tr("The practice vault opens in a new window."), ok=True)
        else:
            self.block.say(self.tr("The practice vault could not be opened in a new window."))
