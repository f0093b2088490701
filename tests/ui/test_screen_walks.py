"""Walk every page and dialog (tests/support/screen_walk.py) and check what every screen
owes its users: a name for each control, touch targets of 44 px, Chinese throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from stallapp.ui.kiosk.kiosk_form import KioskForm
from tests.support.fit_probe import INTERACTIVE
from tests.support.screen_walk import walk

TOUCH = 44  # px: WCAG 2.5.5's target size


def _controls(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and not isinstance(w, QHeaderView)  # a table's own header, named with the table
        and not w.objectName().startswith("qt_")  # Qt's parts of a spin box or a tab widget
    ]


def _name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def test_every_control_has_an_accessible_name(tmp_path: Path, translations) -> None:  # type: ignore[no-untyped-def]
    missing: set[str] = set()
    kiosk_undescribed: set[str] = set()

    def visit(name: str, window: QWidget) -> None:
        for w in _controls(window):
            if not _name(w).strip():
                missing.add(f"{name}: {type(w).__name__} {w.objectName()}")
            form = w.parentWidget()
            while form is not None and not isinstance(form, KioskForm):
                form = form.parentWidget()
            if form is not None and not w.accessibleDescription():
                kiosk_undescribed.add(w.objectName() or type(w).__name__)

    walk(tmp_path, translations, visit)
    assert sorted(missing) == []
    assert sorted(kiosk_undescribed) == []


def test_touch_targets_are_at_least_44_px(tmp_path: Path, translations) -> None:  # type: ignore[no-untyped-def]
    small: set[str] = set()

    def visit(name: str, window: QWidget) -> None:
        for w in _controls(window):
            if isinstance(w, QTabBar):
                heights = [w.tabRect(i).height() for i in range(w.count())]
                if min(heights, default=TOUCH) < TOUCH:
                    small.add(f"{name}: tabs {min(heights)} px")
            elif w.height() < TOUCH or w.width() < TOUCH:
                small.add(f"{name}: {type(w).__name__} {w.objectName()} {w.width()}x{w.height()}")

    walk(tmp_path, translations, visit)
    assert sorted(small) == []


# Names, codes and examples that stay as they are in every language.
_KEPT = re.compile(
    r"^(stallapp|English|A4|US Letter|https://|e\.g\. [a-z-]+|[A-Z0-9]{4}-\d{3}|Preview"
    r"|\d{4}-\d{2}-\d{2} · .*|Protect Hong Kongers in the UK from transnational repression)$"
)
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")


def _texts(window: QWidget) -> list[str]:
    out = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
    return out


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_chinese_screens_show_no_english(tmp_path: Path, translations, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Latin-only text on a Chinese screen is a missed translation, unless it is a name
    (the app's, a place's, a paper size's, the sample petition's), a code or an example."""
    translations.set_language(lang)
    english: set[str] = set()

    def visit(name: str, window: QWidget) -> None:
        for text in _texts(window):
            text = text.strip()
            if re.search("[A-Za-z]{2}", text) and not _CJK.search(text) and not _KEPT.match(text):
                english.add(f"{name}: {text[:80]}")

    walk(tmp_path, translations, visit)
    assert sorted(english) == []
