"""Field and button borders stand out from a white background by at least 3:1 (WCAG 1.4.11),
and the focus ring on Sign and the consent box by at least 3:1 against the page."""

from __future__ import annotations

import re

from stallapp.ui.shared.style import STYLE


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rules() -> dict[str, str]:
    return {sel.strip(): body for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", STYLE)}


def _border(selector: str) -> str:
    for sel, body in _rules().items():
        if sel == selector:
            found = re.search(r"border:\s*\d+px solid (#[0-9a-fA-F]{6})", body)
            assert found is not None, selector
            return found.group(1)
    raise AssertionError(f"no rule for {selector}")


def test_the_contrast_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#9aa5b1", "#ffffff"), 1) == 2.5  # the old border: too faint


def test_field_and_button_borders_are_3_to_1_against_white() -> None:
    for selector in (
        "QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit",
        "QPushButton",
        'QPushButton[quiet="true"]',
    ):
        assert contrast(_border(selector), "#ffffff") >= 3.0, selector


def test_focus_on_sign_and_consent_is_strong() -> None:
    page = "#f6f7f9"
    sign = _border('QPushButton[primary="true"]:focus')
    consent = _border("QCheckBox:focus")
    assert contrast(sign, page) >= 3.0 and contrast(consent, page) >= 3.0
    width = re.search(r"border:\s*(\d+)px", _rules()['QPushButton[primary="true"]:focus'])
    assert width is not None and int(width.group(1)) >= 3
