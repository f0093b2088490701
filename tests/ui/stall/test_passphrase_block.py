"""The passphrase block shared by the setup and unlock pages: hidden typing, tab order."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from stallapp.ui.stall.setup_page import SetupPage
from stallapp.ui.stall.unlock_page import UnlockPage


def focus_chain(start: QWidget, steps: int) -> list[str]:
    names, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() != widget.focusPolicy().NoFocus and widget.objectName():
            names.append(widget.objectName())
    return names


def test_setup_fields_hide_typing_and_tab_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = SetupPage()
    qtbot.addWidget(page)
    for field in (page.passphrase, page.confirm):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    assert page.findChild(QLineEdit, "deviceName").echoMode() == QLineEdit.EchoMode.Normal
    chain = focus_chain(page, 40)
    order = ["role", "deviceName", "newPassphrase", "confirmPassphrase", "create"]
    assert [n for n in chain if n in order][:5] == order
    assert page.message.objectName() == "setupMessage"


def test_unlock_field_comes_first_and_hides_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = UnlockPage("demo words here")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.focusWidget() is page.passphrase)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert [n for n in focus_chain(page, 20) if n in ("passphrase", "unlock")][:2] == [
        "passphrase",
        "unlock",
    ]
    assert page.message.objectName() == "unlockMessage"
    assert not page.demo.isHidden() and "demo words here" in page.demo.text()
