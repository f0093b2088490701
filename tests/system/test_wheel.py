"""A wheel built from this checkout carries resources/: installed into a fresh venv outside the
checkout, stallapp prints sheets with its own fonts and opens the kiosk with its own catalogues.

Third-party packages (PySide6, reportlab...) come from the venv running the tests, through a
.pth file, so nothing is downloaded; stallapp itself comes only from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from tests.support.pdf_tools import PdfTools

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "wheel test passphrase"
# Left out of the copy the wheel is built from: tools' output and what no wheel holds.
TOP_LEVEL_SKIPPED = {".git", ".venv", "build", "dist", ".demo", "tests", "bench", "docs"}
SKIPPED_ANYWHERE = shutil.ignore_patterns("__pycache__", "*.egg-info", ".*cache*", ".hypothesis")


def _skipped(folder: str, names: list[str]) -> set[str]:
    top = {n for n in names if n in TOP_LEVEL_SKIPPED} if Path(folder) == REPO else set()
    return top | set(SKIPPED_ANYWHERE(folder, names))


@dataclass(frozen=True)
class Installed:
    root: Path
    wheel: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if os.name == "nt" else "python")

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: no PYTHONPATH (or any PYTHON* setting), a private home."""
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("PYTHON") and k not in ("VIRTUAL_ENV", "STALLAPP_PASSPHRASE")
        }
        home = self.root / "home"
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            QT_QPA_PLATFORM="offscreen",
            PATH=os.pathsep.join([str(self.bin), os.environ.get("PATH", os.defpath)]),
        )
        env.update(extra)
        return env

    def run(self, *args: str | Path, **extra: str) -> str:
        """Run a program of the venv from a folder outside the checkout; its stdout."""
        done = subprocess.run(
            [str(a) for a in args],
            cwd=self.root,
            env=self.env(**extra),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"{args[:3]} failed ({done.returncode}):\n{done.stderr}"
        return done.stdout

    def stallapp(self, vault: Path, *args: str) -> str:
        return self.run(
            self.bin / "stallapp", "--data-dir", vault, *args, STALLAPP_PASSPHRASE=PASSPHRASE
        )


def _setuptools_builds_here() -> bool:
    """The dev extra brings setuptools>=77, so `make` venvs build offline; an older venv
    builds in pip's isolated environment instead."""
    try:
        return int(version("setuptools").split(".")[0]) >= 77
    except PackageNotFoundError:
        return False


def build_wheel(root: Path) -> Path:
    source = root / "source"
    shutil.copytree(REPO, source, ignore=_skipped)
    dist = root / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist)]
    if _setuptools_builds_here():
        command.append("--no-build-isolation")
    done = subprocess.run(
        [*command, str(source)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("stallapp-*.whl")
    return wheel


def make_venv(venv: Path, wheel: Path) -> None:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*install, "--no-deps", "--no-index", str(wheel)], check=True)
    # Only now the third-party packages of the venv running the tests; stallapp is not in that
    # folder (`make` installs it editable), and the new venv's own site-packages comes first.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "dev_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(root)
    make_venv(root / "venv", wheel)
    return Installed(root, wheel, root / "venv")


def shipped_resources() -> set[str]:
    """What the wheel must carry: everything in resources/ but the translators' .ts sources."""
    folder = REPO / "resources"
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
    }


def test_the_wheel_carries_fonts_licences_catalogues_templates_petitions(
    installed: Installed,
) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    prefix = "stallapp/_resources/"
    carried = {n.removeprefix(prefix) for n in names if n.startswith(prefix)}
    assert carried == shipped_resources()
    for needed in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/DroidSansFallbackFull.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "fonts/LICENSE-DroidSansFallback-Apache-2.0.txt",
        "templates/bundle_cover_letter.txt",
        "petitions/sample.toml",
        "translations/stallapp_kiosk_zh_Hant.qm",
    ):
        assert needed in carried
    assert not any(n.endswith(".ts") for n in names)


def where_things_are(installed: Installed) -> dict[str, str]:
    script = (
        "import json, sys, stallapp; from stallapp.system import resources as r; "
        "print(json.dumps({'package': stallapp.__file__, 'resources': str(r.resources_dir()), "
        "'sample': str(r.sample_petition_path()), 'path': sys.path}))"
    )
    return dict(json.loads(installed.run(installed.python, "-c", script)))


def test_stallapp_comes_only_from_the_wheel(installed: Installed) -> None:
    found = where_things_are(installed)
    venv = installed.venv.resolve()
    for key in ("package", "resources", "sample"):
        assert Path(found[key]).resolve().is_relative_to(venv), (key, found[key])
    assert Path(found["resources"]).name == "_resources"
    assert not any(p and Path(p).resolve() in (REPO, REPO / "stallapp") for p in found["path"]), (
        found["path"]
    )


def test_installed_cli_prints_sheets_with_the_shipped_fonts(
    installed: Installed, pdf: PdfTools
) -> None:
    sample = Path(where_things_are(installed)["sample"])
    petition_id = tomllib.loads(sample.read_text(encoding="utf-8"))["id"]
    vault = installed.root / "vault"
    installed.stallapp(vault, "init", "--role", "stall", "--device-name", "wheel test")
    installed.stallapp(vault, "petition", "add", str(sample))
    out = installed.root / "sheets.pdf"
    printed = installed.stallapp(
        vault, "print", "sheets", "--petition", petition_id, "--count", "2", "--out", str(out)
    )
    assert "Printed 2 sheets" in printed
    assert out.read_bytes().startswith(b"%PDF-")
    fonts = dict(pdf.fonts(out))
    embedded = {name.split("+")[-1] for name, emb in fonts.items() if emb == "yes"}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= embedded, fonts


KIOSK_SCRIPT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from stallapp.services.demo import DEMO_PASSPHRASE
from stallapp.ui.app import build_window

context, source = json.loads(sys.argv[2])
app = QApplication([])
window = build_window(Path(sys.argv[1]), demo=True, app=app)
window.translations.set_language("zh-Hant")
catalogues = [str(p) for p in window.translations.catalogues("zh-Hant")]
translated = QCoreApplication.translate(context, source)
QTest.keyClicks(window.unlock_page.passphrase, DEMO_PASSPHRASE)
QTest.mouseClick(window.unlock_page.unlock, Qt.MouseButton.LeftButton)
deadline = time.monotonic() + 60
while window.busy and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
after_unlock = window.current_page()
QTest.mouseClick(window.pages["volunteer"].start, Qt.MouseButton.LeftButton)
kiosk = window.kiosk()
result = {
    "catalogues": catalogues,
    "translated": translated,
    "after_unlock": after_unlock,
    "page": window.current_page(),
    "kiosk": type(kiosk).__name__,
}
window.shutdown()
print(json.dumps(result))
"""


def a_kiosk_translation() -> tuple[str, str, str]:
    """(context, source, Traditional Chinese) of a finished kiosk message in the checkout."""
    ts = REPO / "resources" / "translations" / "stallapp_kiosk_zh_Hant.ts"
    tree = ET.parse(ts)  # noqa: S314 (our own file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            finished = translation is not None and translation.get("type") is None
            if finished and translation.text and translation.text != source and "%" not in source:
                return name, source, translation.text
    raise AssertionError("no finished kiosk translation")


def test_installed_app_opens_the_kiosk_offscreen_in_chinese(installed: Installed) -> None:
    context, source, chinese = a_kiosk_translation()
    script = installed.root / "kiosk_check.py"
    script.write_text(KIOSK_SCRIPT, encoding="utf-8")
    data = installed.root / "gui"
    raw = installed.run(installed.python, script, data, json.dumps([context, source]))
    result = json.loads(raw.strip().splitlines()[-1])
    venv = installed.venv.resolve()
    names = sorted(Path(c).name for c in result["catalogues"])
    assert "stallapp_kiosk_zh_Hant.qm" in names
    ours = [c for c in result["catalogues"] if Path(c).name.startswith("stallapp_")]
    assert all(Path(c).resolve().is_relative_to(venv) for c in ours)
    # Qt's own catalogue (standard buttons, file dialogs) comes from the PySide6 install.
    assert "qtbase_zh_TW.qm" in names
    assert result["translated"] == chinese
    assert result["after_unlock"] == "volunteer"
    assert (result["page"], result["kiosk"]) == ("kiosk", "KioskPage")
