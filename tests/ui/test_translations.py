"""Every visible string has a Chinese translation, and the kiosk really switches."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from stallapp.ui.shared.i18n import translations_dir
from tests.support.kiosk_driver import start_kiosk, unlock

CHINESE = ("zh_Hant", "zh_Hans")
_TR_CALL = re.compile(r"""\btr\(\s*\n?\s*"((?:[^"\\]|\\.)*)\"""")


def _catalogues(lang: str) -> list[Path]:
    return sorted(translations_dir().glob(f"stallapp_*_{lang}.ts"))


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue files
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


@pytest.mark.parametrize("lang", CHINESE)
def test_every_message_is_translated(lang: str) -> None:
    paths = _catalogues(lang)
    assert any(p.name == f"stallapp_kiosk_{lang}.ts" for p in paths)
    missing = []
    for path in paths:
        for context, source, message in _messages(path):
            tr = message.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            unfinished = tr.get("type") in ("unfinished", "vanished", "obsolete")
            if unfinished or not all(f.strip() for f in forms):
                missing.append(f"{path.name}: {context}: {source}")
            # Placeholders survive translation.
            for ph in re.findall(r"%[0-9n]", source):
                assert all(ph in f for f in forms), f"{path.name}: {source}: {ph} lost"
    assert missing == []
    # Each catalogue is compiled, and not older than its source.
    for path in paths:
        qm = path.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run make translations"
        assert qm.stat().st_mtime >= path.stat().st_mtime - 1


def test_catalogue_covers_every_tr_call_in_the_kiosk_sources() -> None:
    """A string added with self.tr() but not yet in the catalogue fails here."""
    sources = {s for _c, s, _m in _messages(translations_dir() / "stallapp_kiosk_zh_Hant.ts")}
    ui = Path(__file__).resolve().parents[2] / "stallapp" / "ui"
    found = set()
    kiosk_area = [*ui.glob("*.py"), *(ui / "shared").glob("*.py"), *(ui / "stall").glob("*.py")]
    for py in [*kiosk_area, *(ui / "kiosk").glob("*.py")]:
        for literal in _TR_CALL.findall(py.read_text(encoding="utf-8")):
            found.add(literal.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    assert found, "the scan found no tr() calls"
    # Literals split over lines ("a" "b") are matched by their first part.
    assert sorted(f for f in found if not any(s.startswith(f) for s in sources)) == []


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "placeholderText", "accessibleName"):
            fn = getattr(w, getter, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str) and value.strip():
                    out.append((w.objectName() or type(w).__name__, value))
    return out


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_kiosk_in_chinese_shows_no_english_source(make_window, ready_folder, lang) -> None:  # type: ignore[no-untyped-def]
    # The kiosk's own catalogue: other areas' catalogues may hold words such as "English"
    # that the kiosk deliberately shows untranslated (a language's own name).
    kiosk_ts = translations_dir() / "stallapp_kiosk_zh_Hant.ts"
    sources = {s for _c, s, _m in _messages(kiosk_ts)}
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    english = dict(_visible_texts(kiosk))
    QTest.mouseClick(kiosk.language_buttons[lang], Qt.MouseButton.LeftButton)
    texts = _visible_texts(kiosk)
    untranslated = [(who, t) for who, t in texts if t in sources]
    assert untranslated == []
    assert kiosk.form is not None and kiosk.form.title.text() != english.get("title", "")
    # The thank-you screen too.
    thanks = [t for _w, t in _visible_texts(kiosk.thanks)]
    assert not set(thanks) & sources
    # And back to English switches every label back.
    QTest.mouseClick(kiosk.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk.form.sign.text() == "Sign the petition"
    assert kiosk.volunteer.text() == "Volunteer"
