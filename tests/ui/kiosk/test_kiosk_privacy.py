"""After a submit, every way back to the earlier signer finds nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock

SECRET = {
    "name": "Zhuang Qiuyue",
    "address": "77 Quayside Lane",
    "postcode": "NE1 3JF",
    "email": "qiuyue@example.net",
}


def _all_texts(root: QWidget) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        for getter in (
            "text",
            "toPlainText",
            "placeholderText",
            "windowTitle",
            "accessibleName",
            "toolTip",
            "currentText",
            "statusTip",
            "whatsThis",
        ):
            fn = getattr(w, getter, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    texts.append(value)
    return texts


def _leaks(texts: list[str], needles: list[str]) -> list[str]:
    lowered = [t.lower() for t in texts]
    return [n for n in needles if any(n.lower() in t for t in lowered)]


def test_nothing_of_the_earlier_signer_is_reachable(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, **SECRET)
    form = kiosk.form
    # Before the submit, the fields refuse to put anything on the clipboard.
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("volunteer's note")
    for field in (form.name, form.address, form.postcode, form.email):
        field.setFocus()
        QTest.keySequence(field, QKeySequence.StandardKey.SelectAll)
        QTest.keySequence(field, QKeySequence.StandardKey.Copy)
        QTest.keySequence(field, QKeySequence.StandardKey.Cut)
        QTest.keyClick(field, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "volunteer's note"
    assert form.name.text() == SECRET["name"]  # cut did nothing
    code_needles = []
    submit(kiosk)
    assert kiosk.showing_thanks()
    code_needles.append(kiosk.thanks.code.text())
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    old_form = form
    form = kiosk.form
    assert form is not old_form

    # Back, Escape, Alt+Left and the Back key, on the page and in every field.
    targets = [kiosk, form, form.name, form.address, form.postcode, form.email]
    for target in targets:
        target.setFocus()
        QTest.keyClick(target, Qt.Key.Key_Escape)
        QTest.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(target, Qt.Key.Key_Back)
        QTest.keySequence(target, QKeySequence.StandardKey.Back)
    assert window.current_page() == "kiosk" and not kiosk.showing_thanks()

    # Undo and redo in each field; the undo stacks of the fresh widgets are empty.
    for field in (form.name, form.address, form.postcode, form.email):
        field.setFocus()
        for _ in range(3):
            QTest.keySequence(field, QKeySequence.StandardKey.Undo)
            QTest.keySequence(field, QKeySequence.StandardKey.Redo)
        if isinstance(field, QLineEdit):
            assert not field.isUndoAvailable() and not field.isRedoAvailable()
            field.undo()  # even called directly, nothing comes back
            assert field.text() == ""
            assert field.completer() is None
        else:
            assert isinstance(field, QPlainTextEdit)
            assert not field.isUndoRedoEnabled()
            assert not field.document().isUndoAvailable()
            field.undo()
            assert field.toPlainText() == ""

    # Field history: pressing Up/Down or typing the first letter offers no completion.
    for field in (form.name, form.postcode, form.email):
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Down)
        QTest.keyClick(field, Qt.Key.Key_Up)
        QTest.keyClicks(field, SECRET["name"][0])
        assert field.text() == SECRET["name"][0]
        assert field.completer() is None
        field.setText("")
    # Paste brings nothing either.
    clipboard.setText(SECRET["name"])
    QTest.keySequence(form.name, QKeySequence.StandardKey.Paste)
    assert form.name.text() == ""
    clipboard.setText("")

    # The clipboard (and the selection clipboard) hold nothing of the signer.
    needles = [*SECRET.values(), "Zhuang", "NE13JF", *code_needles]
    board = [clipboard.text()]
    if clipboard.supportsSelection():
        board.append(clipboard.text(clipboard.Mode.Selection))
    assert _leaks(board, needles) == []

    # The whole widget tree of every top-level window holds nothing of the signer.
    QApplication.processEvents()
    texts = []
    for top in QApplication.topLevelWidgets():
        texts += _all_texts(top)
    assert texts  # the walk really read the widgets
    assert _leaks(texts, needles) == []
    # The pad is blank and the old form is gone.
    assert form.pad.is_empty()
    assert kiosk.findChildren(QWidget, "kioskForm") == [form]


def test_idle_wipe_leaves_nothing_either(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, **SECRET)
    clock.now += 61
    window.idle.tick()
    QApplication.processEvents()
    texts = []
    for top in QApplication.topLevelWidgets():
        texts += _all_texts(top)
    assert _leaks(texts, list(SECRET.values())) == []
    assert kiosk.form.pad.is_empty()
