"""The remembered screen language: a private, tiny file holding only a language code."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from stallapp.services.language_setting import (
    config_dir,
    load_language,
    save_language,
    setting_path,
)


def test_nothing_remembered_at_first() -> None:
    assert load_language() is None
    assert not setting_path().exists()


def test_saved_privately_in_the_user_config_folder(tmp_path: Path) -> None:
    save_language("zh-Hant")
    path = setting_path()
    # Inside the test's own config home (XDG_CONFIG_HOME), not the real one.
    assert path.parent == config_dir()
    assert path.is_relative_to(tmp_path / "home" / "config")
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "zh-Hant"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_language() == "zh-Hant"
    save_language("zh-Hans")  # replaced atomically: no temporary file is left behind
    assert load_language() == "zh-Hans"
    assert os.listdir(path.parent) == [path.name]


def test_process_umask_is_left_as_it_was(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_language("en", tmp_path / "cfg")
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "cfg").stat().st_mode) == 0o700


def test_unknown_language_is_refused_and_changes_nothing() -> None:
    save_language("en")
    with pytest.raises(ValueError):
        save_language("fr")
    assert load_language() == "en"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b'["zh-Hant"]',
        b'{"language": "klingon"}',
        b'{"language": 3}',
        b'{"language": "zh-Hant", "pad": "' + b"x" * 5000 + b'"}',
    ],
)
def test_a_damaged_or_foreign_file_means_not_remembered(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    setting_path(folder).write_bytes(content)
    assert load_language(folder) is None


def test_a_folder_in_place_of_the_file_is_not_remembered(tmp_path: Path) -> None:
    setting_path(tmp_path).mkdir()
    assert load_language(tmp_path) is None
