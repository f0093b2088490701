"""An unexpected error reaches the user as one calm message, with no signer data anywhere."""

from __future__ import annotations

import sys

import pytest

from stallapp.ui.shared import crash_guard


def test_unexpected_error_shows_one_message_and_no_values(
    qapp, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    previous = crash_guard.install(show=shown.append)
    try:
        try:
            raise ValueError("Chan Tai Man, 1 High Street, CV1 1LL")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    err = capsys.readouterr().err
    assert err.startswith("stallapp: unexpected error: ValueError at test_crash_guard.py:")
    assert "Chan" not in err and "CV1" not in err and "Traceback" not in err
    assert len(shown) == 1 and "saved and encrypted" in shown[0]
    assert "Chan" not in shown[0]
