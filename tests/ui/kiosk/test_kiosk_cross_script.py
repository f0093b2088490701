"""A signer who signed before in the other script is never told so at the kiosk: the thank-you
is the same as for anyone, and the name conversions are not even loaded on the stall."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock

ROOT = Path(__file__).resolve().parents[3]


def _type(field: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, as from a Cantonese or Pinyin keyboard."""
    if text.isascii():
        QTest.keyClicks(field, text)
        return
    field.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def _thanks_texts(thanks: QWidget, code: str) -> list[str]:
    texts = []
    for label in [thanks, *thanks.findChildren(QLabel)]:
        text = label.text() if isinstance(label, QLabel) else ""
        if text and code not in text:
            texts.append(text)
    return sorted(texts)


def test_the_same_person_in_another_script_sees_the_usual_thank_you(
    qtbot, make_window, ready_folder
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    shown = []
    for name in ("Chan Tai Man", "陳大文", "陈大文"):
        fill_and_sign(kiosk, name="", address="1 Broadgate", postcode="CV1 1LL")
        assert kiosk.form is not None
        _type(kiosk.form.name, name)
        assert kiosk.form.name.text() == name
        submit(kiosk)
        assert kiosk.showing_thanks()
        code = kiosk.thanks.code.text()
        shown.append(_thanks_texts(kiosk.thanks, code))
        QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    assert shown[0] and shown[0] == shown[1] == shown[2]
    # The stall keeps no near matches and flags no cross-script duplicate of its own.
    session = window.session
    assert session is not None
    vault = session.capture.vault
    assert vault.conn.execute("SELECT count(*) FROM near_matches").fetchone()[0] == 0
    flags = vault.conn.execute("SELECT likely_duplicate FROM signatures").fetchall()
    assert [int(f[0]) for f in flags] == [0, 0, 0]


def test_signing_at_the_kiosk_does_not_load_the_name_converters(tmp_path: Path) -> None:
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from stallapp.domain.petition import load_petition
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
import stallapp.ui.kiosk.kiosk_page  # noqa: F401 - the kiosk's own modules
import stallapp.services.dedupe  # noqa: F401 - the matcher's modules, imported but not run
import stallapp.ui.coordinator.near_match_panel  # noqa: F401
vault = Vault.create(Path({str(tmp_path / "v")!r}), "a long passphrase", role="stall",
                     cost=KdfCost.light())
capture = CaptureService(vault)
petition = load_petition(sample_petition_path())
capture.add_petition(petition)
event = capture.add_event(city="Coventry", location="Broadgate", day="2026-11-28")
for name in ("陳大文", "Chan Tai Man", "陈大文"):
    capture.record(petition.id, event.id, name=name, postcode="CV1 1LL",
                   address="1 Broadgate", consent=True)
vault.lock()
print(sorted(m for m in ("opencc", "ToJyutping", "pypinyin") if m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
