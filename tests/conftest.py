"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STALLAPP_PASSPHRASE", None)

from stallapp.domain.petition import Petition, load_petition
from stallapp.sealing import document
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from tests.support.campaign import coordinator, importer, make_stall  # noqa: F401 (fixtures)
from tests.support.pdf_tools import pdf  # noqa: F401 (fixture)
from tests.support.ui_fixtures import (  # noqa: F401 (fixtures)
    abroad_folder,
    clock,
    jobs,
    make_window,
    ready_folder,
    translations,
)
from tests.support.vault_setup import PASSPHRASE

__all__ = ["PASSPHRASE"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep platform data folders and settings of tests inside tmp_path."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.delenv("STALLAPP_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def _fresh_consent_hashes() -> None:
    """Each test computes the consent hashes an import checks afresh: the importer keeps
    them in a module-level cache, so without this a test would only see hashes an earlier
    test left (and `make mutation`, which forks every mutant from a warm process, could not
    tell whether a change to that computation is noticed)."""
    document._CONSENT_CACHE.clear()


@pytest.fixture
def sample_petition() -> Petition:
    return load_petition(sample_petition_path())


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def stall_vault(vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.create(vault_dir, PASSPHRASE, role="stall", cost=KdfCost.light())
    yield vault
    vault.lock()


@pytest.fixture
def capture(stall_vault: Vault, sample_petition: Petition) -> CaptureService:
    service = CaptureService(stall_vault)
    service.add_petition(sample_petition)
    return service


@pytest.fixture
def event_id(capture: CaptureService) -> str:
    return capture.add_event(
        city="Coventry", location="Broadgate, CV1 1LL", day="2026-11-28", start="12:00", end="14:00"
    ).id


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints to a window manager it does
    # not have; that is the test platform talking, not the app.
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
