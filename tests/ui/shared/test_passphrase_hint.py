from __future__ import annotations

from stallapp.ui.shared.passphrase_hint import strength


def test_strength_orders_passphrases() -> None:
    assert strength("") == 0
    assert strength("password") == 0
    assert strength("aaaaaaaaaaaa") == 0
    assert strength("abcdefgh") == 1
    assert strength("lantern orchard pebble swift") >= 3
    assert strength("Tr0ub4dor&3xyz!") >= 2
    assert strength("香港人在英國街站簽名") >= 2
