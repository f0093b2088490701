"""After a submit, every way back to the earlier signer finds nothing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

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


class _ShowWatch(QObject):
    """Notes every Show event of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


class _FirstPaint(QObject):
    """Notes, when the widget it watches is first painted, the state of the signer's form."""

    def __init__(self, form: QWidget, needles: list[str]) -> None:
        super().__init__()
        self.form = form
        self.needles = needles
        self.seen: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            form = self.form
            if not shiboken6.isValid(form):
                self.seen = {"gone": True}
            else:
                focus = QApplication.focusWidget()
                self.seen = {
                    "visible": form.isVisible(),
                    "input": form.has_input() or not form.pad.is_empty(),
                    "leaks": _leaks(_all_texts(form), self.needles),
                    "focus inside": focus is not None and form.isAncestorOf(focus),
                }
        return False


def _assert_blank_spare(kiosk, needles: list[str]) -> None:  # type: ignore[no-untyped-def]
    spare = kiosk.spare
    assert spare is not None
    assert not spare.has_input() and spare.pad.is_empty()
    assert not spare.isVisible() and kiosk.stack.indexOf(spare) == -1
    assert kiosk.stack.currentWidget() is not spare
    assert _leaks(_all_texts(spare), needles) == []


def test_nothing_of_the_earlier_signer_is_reachable(qtbot, make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
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
    first_paint = _FirstPaint(form, list(SECRET.values()))
    # What is painted of the thank-you is its scrolling content (it covers the whole view).
    painted = kiosk.thanks.findChild(QScrollArea).widget()
    painted.installEventFilter(first_paint)
    submit(kiosk)
    assert kiosk.showing_thanks()
    code_needles.append(kiosk.thanks.code.text())
    # At Sign the signer's form stops being the kiosk's form: hidden and wiped at once, it
    # holds none of the signer's text or ink and cannot have the focus.
    assert kiosk.form is None and kiosk.stack.currentWidget() is kiosk.thanks
    assert not form.isVisible() and not form.has_input() and form.pad.is_empty()
    assert _leaks(_all_texts(form), list(SECRET.values())) == []
    focus = QApplication.focusWidget()
    assert focus is None or not form.isAncestorOf(focus)
    # So it still is when the thank-you is first painted; right after that paint it is
    # taken out of the window and destroyed.
    qtbot.waitUntil(lambda: first_paint.seen is not None)
    painted.removeEventFilter(first_paint)
    assert first_paint.seen in (
        {"visible": False, "input": False, "leaks": [], "focus inside": False},
        {"gone": True},
    )
    qtbot.waitUntil(lambda: not shiboken6.isValid(form))
    # While the thank-you shows, the next signer's form is built off screen: blank, hidden,
    # not a page of the stack, and nothing of this signer in it.
    qtbot.waitUntil(lambda: kiosk.spare is not None)
    spare = kiosk.spare
    watch = _ShowWatch()
    spare.installEventFilter(watch)
    _assert_blank_spare(kiosk, [*SECRET.values(), *code_needles])
    assert watch.shown == 0
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    old_form = form
    form = kiosk.form
    assert form is not old_form
    assert form is spare and watch.shown == 1  # shown first as the next signer's form
    assert kiosk.spare is None
    spare.removeEventFilter(watch)

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
    # The pad is blank and the old form is gone; the only other form is a blank spare.
    assert form.pad.is_empty()
    forms = kiosk.findChildren(QWidget, "kioskForm")
    assert old_form not in forms and form in forms
    assert set(forms) <= {form, kiosk.spare}
    if kiosk.spare is not None:
        _assert_blank_spare(kiosk, needles)


def test_a_second_signer_swaps_in_a_fresh_spare(qtbot, make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    seen = []
    for name in ("Zhuang Qiuyue", "Lam Ka Wing"):
        fill_and_sign(kiosk, name=name, address="1 Quayside", postcode="NE1 3JF")
        seen.append(kiosk.form)
        submit(kiosk)
        qtbot.waitUntil(lambda: kiosk.spare is not None)
        _assert_blank_spare(kiosk, [name, "Quayside"])
        assert kiosk.spare not in seen
        QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert kiosk.form not in seen and not kiosk.form.has_input()
        assert _leaks(_all_texts(kiosk), [name, "Quayside"]) == []
        assert [f for f in kiosk.findChildren(QWidget, "kioskForm") if f in seen] == []


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


def test_done_before_the_thank_you_is_painted_leaves_nothing(
    qtbot, make_window, ready_folder
) -> None:  # type: ignore[no-untyped-def]
    """Done at once, before the event loop has painted the thank-you or cleared up: the
    signed form is destroyed before the next form is shown."""
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, **SECRET)
    signed = kiosk.form
    submit(kiosk)
    assert kiosk.showing_thanks() and kiosk.signed is signed
    kiosk.thanks.done.click()  # no event loop pass in between
    assert not kiosk.showing_thanks() and kiosk.form is not signed
    assert kiosk.signed is None and not shiboken6.isValid(signed)  # destroyed, not queued
    assert kiosk.form.isVisible() and not kiosk.form.has_input()
    assert _leaks(_all_texts(kiosk), list(SECRET.values())) == []


def test_a_second_signer_straight_after_finds_no_trace(qtbot, make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    """Two signers in a row with no pause: the second one's form, thank-you and the whole
    window hold nothing of the first, and only one earlier form ever lingers (hidden, wiped)
    until the thank-you is painted."""
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    first = {"name": "Zhuang Qiuyue", "address": "77 Quayside Lane", "postcode": "NE1 3JF"}
    fill_and_sign(kiosk, **first)
    submit(kiosk)
    first_code = kiosk.thanks.code.text()
    kiosk.thanks.done.click()
    fill_and_sign(kiosk, name="Lam Ka Wing", address="1 Mill Road", postcode="CV1 1LL")
    second_form = kiosk.form
    assert _leaks(_all_texts(second_form), [*first.values(), first_code]) == []
    submit(kiosk)
    assert kiosk.thanks.code.text() != first_code
    qtbot.waitUntil(lambda: kiosk.signed is None and kiosk.spare is not None)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(second_form)
    texts = []
    for top in QApplication.topLevelWidgets():
        texts += _all_texts(top)
    assert _leaks(texts, [*first.values(), first_code, "Lam Ka Wing", "Mill Road"]) == []
