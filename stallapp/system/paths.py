"""Where stallapp keeps its files, and how it writes them: private and atomic."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs

APP_NAME = "stallapp"


def default_data_dir() -> Path:
    """The OS's per-user application data folder for stallapp."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def set_private_umask() -> None:
    """Everything created from now on is readable by the owner only (umask 077)."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    return path


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one."""
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it is fsynced and renamed to `path`.

    The temporary file (mode 0600) is in the same folder, so the rename is atomic; the folder
    is fsynced after it. A crash leaves at worst a stray temporary file, never a half-written
    target.
    """
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o600)
        os.replace(tmp_path, path)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
