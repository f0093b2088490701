"""UI fixtures: a real vault (light KDF), the real main window, translations, a fake clock.

Registered for every test by tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from stallapp.domain.petition import load_petition
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.system.resources import sample_petition_path
from stallapp.ui.jobs import JobRunner
from stallapp.ui.main_window import MainWindow
from stallapp.ui.shared.i18n import Translations
from tests.support.qt_input import FakeClock
from tests.support.vault_setup import PASSPHRASE


@pytest.fixture
def translations(qapp):  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    t.set_language("en")
    yield t
    t.remove()
    t.deleteLater()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ready_folder(tmp_path: Path) -> Path:
    """A locked stall vault with the sample petition and a stall event today."""
    day = StallDay(location="Broadgate", start=None, end=None)
    return prepare_vault(
        tmp_path / "stall", PASSPHRASE, device_name="test laptop", day=day, cost=KdfCost.light()
    ).folder


@pytest.fixture
def make_window(qtbot, translations, clock):  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make(folder: Path, demo_passphrase: str | None = None) -> MainWindow:
        window = MainWindow(
            folder,
            translations,
            demo_passphrase=demo_passphrase,
            kdf_cost=KdfCost.light(),
            pin_cost=KdfCost.light(),
            clock=clock,
            watch_system=False,
        )
        qtbot.addWidget(window)
        window.watch_events()  # at once: the app's own start waits for its first paint
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


def abroad_petition(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The sample petition, changed to accept addresses outside the UK."""
    text = sample_petition_path().read_text(encoding="utf-8")
    assert "allow_non_uk = false" in text
    path = tmp_path / "abroad.toml"
    path.write_text(text.replace("allow_non_uk = false", "allow_non_uk = true"), encoding="utf-8")
    petition = load_petition(path)
    assert petition.allow_non_uk
    return petition


@pytest.fixture
def abroad_folder(tmp_path: Path) -> Path:
    """A locked stall vault whose only petition accepts non-UK addresses, and an event today."""
    day = StallDay(city="Manchester", location="Piccadilly", start=None, end=None)
    return prepare_vault(
        tmp_path / "abroad",
        PASSPHRASE,
        device_name="test laptop",
        petition=abroad_petition(tmp_path),
        day=day,
        cost=KdfCost.light(),
    ).folder


@pytest.fixture
def jobs(qtbot):  # type: ignore[no-untyped-def]
    """The job runner a main window would own, for widgets tested on their own."""
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = JobRunner(owner)
    yield runner
    runner.stop_all()
