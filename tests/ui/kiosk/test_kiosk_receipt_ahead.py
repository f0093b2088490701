"""The next signer's receipt code is drawn, and its QR worked out, before they sign; what the
thank-you shows is always the code the vault stored, and its QR is that code's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.signer import normalise_receipt_code
from stallapp.printing import qr
from stallapp.ui.kiosk.thank_you import RECEIPT_MASK
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock


def _shown_matrix(kiosk) -> list[list[bool]]:  # type: ignore[no-untyped-def]
    view = kiosk.thanks.qr
    n = view.module_count()
    return [[view.is_dark(r, c) for c in range(n)] for r in range(n)]


def test_the_code_drawn_ahead_is_stored_and_shown(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    ahead = kiosk._next_code
    assert ahead is not None and normalise_receipt_code(ahead) == ahead
    # Worked out, not shown: the thank-you holds no code before a signature is committed.
    assert kiosk.thanks.code.text() == "" and kiosk.thanks.qr.module_count() == 0
    fill_and_sign(kiosk)
    submit(kiosk)
    assert kiosk.showing_thanks()
    assert kiosk.thanks.code.text() == ahead
    assert _shown_matrix(kiosk) == qr.matrix(ahead, mask=RECEIPT_MASK)
    assert kiosk._next_code != ahead  # used: never given to another signature
    # The code's label has a fixed size (no new layout at Sign) that fits the widest code.
    label = kiosk.thanks.code
    for widest in ("WWWW-WWWW", "MMMM-MMMM", "0000-0000", "MW0Q-QW0M"):
        label.setText(widest)
        assert label.sizeHint().width() <= label.width()
    label.setText(ahead)
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    assert kiosk.thanks.code.text() == "" and kiosk.thanks.qr.module_count() == 0
    fill_and_sign(kiosk, name="Lam Ka Wing")
    submit(kiosk)
    assert kiosk.thanks.code.text() not in ("", ahead)


def test_a_code_drawn_ahead_but_taken_is_replaced_on_screen_too(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk)
    submit(kiosk)
    taken = kiosk.thanks.code.text()
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    # As if the draw had hit a code already in the vault (1 in 2^40 per signature).
    kiosk._next_code = taken
    kiosk.thanks.prepare_receipt(taken)
    fill_and_sign(kiosk, name="Lam Ka Wing")
    submit(kiosk)
    shown = kiosk.thanks.code.text()
    assert shown != taken and normalise_receipt_code(shown) == shown
    assert _shown_matrix(kiosk) == qr.matrix(shown, mask=RECEIPT_MASK)
    assert kiosk.capture.count() == 2


def test_a_refused_entry_keeps_the_code_for_the_next_try(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    ahead = kiosk._next_code
    fill_and_sign(kiosk, postcode="NOT A PC")
    submit(kiosk)
    assert not kiosk.showing_thanks() and kiosk.capture.count() == 0
    assert kiosk._next_code == ahead  # nothing was stored under it
    form = kiosk.form
    form.postcode.setText("CV1 1LL")
    submit(kiosk)
    assert kiosk.showing_thanks() and kiosk.thanks.code.text() == ahead
