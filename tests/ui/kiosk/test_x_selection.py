"""The X PRIMARY selection, for real: Xvfb, the xcb platform and a second X client reading it.

Skipped where Xvfb is not installed (scripts/system-deps.sh installs it for CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def x_display(tmp_path: Path):  # type: ignore[no-untyped-def]
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    for number in range(91, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.skip("Xvfb could not start here")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def test_no_way_back_through_the_x_selection(x_display: str, tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
    )
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.x_selection_worker", str(tmp_path / "vault")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert seen == {
        "selected": "True",  # the signer really selected the text
        "while_signing": "False",  # and it never reached the X selection
        "after_exit": "False",  # leaving kiosk mode empties the selection
        "middle_click_pasted": "False",  # a middle click pastes nothing into a signer field
    }
