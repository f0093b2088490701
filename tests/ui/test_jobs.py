"""The job runner: real worker threads, outcomes split once, stop waits and discards."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from stallapp.domain.errors import BadInput
from stallapp.ui.jobs import JobControl, JobRunner


class Record:
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_done": lambda r: self.events.append(("done", r)),
            "on_failed": lambda m: self.events.append(("failed", m)),
            "on_progress": lambda d, t, x: self.events.append(("progress", (d, t, x))),
            "on_finished": lambda: self.events.append(("finished", None)),
            "discard": lambda r: self.events.append(("discarded", r)),
        }

    def kinds(self) -> list[str]:
        return [k for k, _ in self.events]


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    bugs: list[type[BaseException]] = []
    owner = QWidget()
    qtbot.addWidget(owner)
    r = JobRunner(owner, report_bug=lambda t, e, tb: bugs.append(t))
    r.bugs = bugs  # type: ignore[attr-defined]
    yield r
    r.stop_all()


def test_result_and_progress_arrive_on_the_ui_thread(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()
    owner = QWidget()
    qtbot.addWidget(owner)
    threads: list[bool] = []

    def work(control: JobControl) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            control.progress(i + 1, 3, "step")
        return 42

    ui_thread = threading.main_thread()
    seen: list[bool] = []
    cbs = rec.callbacks()
    cbs["on_done"] = lambda r: (
        seen.append(threading.current_thread() is ui_thread),
        rec.events.append(("done", r)),
    )
    runner.start(owner, "count", work, **cbs)
    qtbot.waitUntil(lambda: "finished" in rec.kinds())
    assert threads == [False]  # the work ran on a worker thread
    assert seen == [True]  # the result came back on the UI thread
    assert rec.kinds() == ["progress", "progress", "progress", "done", "finished"]
    assert rec.events[3] == ("done", 42)
    assert not runner.busy()


def test_user_error_shows_its_message(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()

    def work(control: JobControl) -> None:
        raise BadInput("That file is not a batch.")

    runner.start(runner.parent(), "bad", work, **rec.callbacks())
    qtbot.waitUntil(lambda: "finished" in rec.kinds())
    assert rec.events[0] == ("failed", "That file is not a batch.")
    assert runner.bugs == []


def test_environment_error_names_no_file(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rec = Record()
    secret = tmp_path / "Chan Tai Man.pdf"

    def work(control: JobControl) -> None:
        (secret / "missing").write_bytes(b"x")

    runner.start(runner.parent(), "env", work, **rec.callbacks())
    qtbot.waitUntil(lambda: "finished" in rec.kinds())
    kind, message = rec.events[0]
    assert kind == "failed"
    assert "No such file or directory" in message
    assert "Chan" not in message and str(tmp_path) not in message


def test_a_bug_goes_to_the_crash_guard(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()

    def work(control: JobControl) -> None:
        raise KeyError("Chan Tai Man")

    runner.start(runner.parent(), "bug", work, **rec.callbacks())
    qtbot.waitUntil(lambda: "finished" in rec.kinds())
    assert runner.bugs == [KeyError]
    assert rec.kinds() == ["finished"]  # no message built from the exception's text


def test_stop_cancels_waits_and_drops_the_callbacks(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()
    page = QWidget()
    qtbot.addWidget(page)
    child = QWidget(page)
    started = threading.Event()
    steps: list[int] = []

    def work(control: JobControl) -> str:
        started.set()
        for i in range(10_000):
            control.progress(i, 10_000)
            steps.append(i)
            time.sleep(0.001)
        return "finished"

    job = runner.start(child, "long", work, **rec.callbacks())
    assert started.wait(5)
    assert runner.busy(page)
    runner.stop(page)  # the page is going: its child's job stops and is waited for
    assert not job.running and not runner.busy()
    assert len(steps) < 10_000
    qtbot.wait(50)  # queued progress signals from before the stop are dropped too
    assert "done" not in rec.kinds() and "finished" not in rec.kinds()
    assert "discarded" not in rec.kinds()  # it was cancelled: there is no result


def test_a_result_that_arrives_after_stop_is_discarded(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()
    gate = threading.Event()

    def work(control: JobControl) -> str:
        gate.wait(5)
        return "opened vault"  # does not look at the cancel flag, like a key derivation

    runner.start(runner.parent(), "unlock", work, **rec.callbacks())
    threading.Timer(0.05, gate.set).start()
    runner.stop_all()
    assert rec.events == [("discarded", "opened vault")]


def test_stopping_another_owner_leaves_a_job_running(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    rec = Record()
    a, b = QWidget(), QWidget()
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    gate = threading.Event()
    runner.start(a, "a", lambda c: gate.wait(5) and "a", **rec.callbacks())
    runner.stop(b)
    assert runner.busy(a)
    gate.set()
    qtbot.waitUntil(lambda: "finished" in rec.kinds())
    assert ("done", "a") in rec.events
