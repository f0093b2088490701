"""The volunteer's screen language, remembered between runs without a database.

Only the language code is kept, in a small JSON file in the per-user config folder
(platformdirs.user_config_dir("stallapp")): nothing about signers, stalls or the vault.
The folder is created private (0700, umask 077) and the file is written atomically (0600).
A missing, unreadable or odd file simply means "not remembered".
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from stallapp.system.paths import APP_NAME, atomic_write, ensure_private_dir

FILE_NAME = "ui-language.json"
_MAX_BYTES = 4096


def config_dir() -> Path:
    """The OS's per-user config folder for stallapp (not the vault's data folder)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def setting_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / FILE_NAME


def load_language(folder: Path | None = None) -> str | None:
    """The remembered language code, or None if there is none (or the file is not ours)."""
    path = setting_path(folder)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > _MAX_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    from stallapp.domain.petition import LANGUAGES  # at first use: petition.py is heavy

    lang = data.get("language") if isinstance(data, dict) else None
    return lang if isinstance(lang, str) and lang in LANGUAGES else None


def save_language(lang: str, folder: Path | None = None) -> None:
    """Remember `lang` (one of the petition languages); raises ValueError for anything else
    and OSError if the folder cannot be written."""
    from stallapp.domain.petition import LANGUAGES

    if lang not in LANGUAGES:
        raise ValueError("unknown language code")
    target = setting_path(folder)
    old = os.umask(0o077)
    try:
        ensure_private_dir(target.parent)
        data = json.dumps({"language": lang}, sort_keys=True) + "\n"
        atomic_write(target, data.encode("utf-8"))
    finally:
        os.umask(old)
