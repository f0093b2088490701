"""Screens choose the words for a field error from its codes, never from its English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from stallapp.domain.errors import Field, FieldError, Reason
from stallapp.domain.petition import Petition
from stallapp.domain.signer import build_signature
from stallapp.ui.kiosk.postcode_hint import PostcodeHint
from stallapp.ui.shared.field_messages import FieldMessages
from stallapp.ui.shared.i18n import Translations

UI = Path(__file__).resolve().parents[3] / "stallapp" / "ui"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _error(petition: Petition, **overrides: object) -> FieldError:
    fields: dict[str, object] = {
        "event_id": "ev-1",
        "name": "Chan Tai Man",
        "postcode": "CV1 1LL",
        "address": "1 High Street",
        "consent": True,
    }
    fields.update(overrides)
    with pytest.raises(FieldError) as info:
        build_signature(petition, **fields)  # type: ignore[arg-type]
    return info.value


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.set_language("zh-Hans")
    yield translations
    translations.set_language("en")
    translations.remove()


SIGNER_ERRORS = [
    {"name": ""},
    {"address": ""},
    {"address": "\n".join(["a"] * 6)},
    {"postcode": "x" * 17},
    {"postcode": ""},
    {"postcode": "CV1"},
    {"postcode": "CV1 1LL12"},
    {"postcode": "CV1 1XX9"},
    {"postcode": "QQ1 1AA"},
    {"country": "1"},
    {"email": "not-an-email"},
    {"consent": False},
    {"country": "DE", "postcode": "10*115"},
]


@pytest.mark.parametrize("overrides", SIGNER_ERRORS)
def test_the_codes_of_each_error_find_their_own_words(
    qapp: QApplication, sample_petition: Petition, overrides: dict[str, object]
) -> None:
    """In English, the words picked from (field, reason) are the sentence the domain meant;
    a code the UI failed to map would fall back to a general message and fail here."""
    petition = replace(sample_petition, allow_non_uk=True)
    exc = _error(petition, **overrides)
    assert FieldMessages().text(exc.field, exc.reason) == exc.message


def test_the_english_message_is_never_read(qapp: QApplication) -> None:
    messages = FieldMessages()
    odd = FieldError(Field.POSTCODE, "Anything at all.", reason=Reason.INCOMPLETE)
    assert messages.text(odd.field, odd.reason) == (
        "A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL."
    )
    # A pair without words of its own gets the field's general words.
    assert messages.text(Field.NAME, Reason.FORMULA) == (
        "Please check your name: letters and spaces only, not too long."
    )


def test_chinese_screens_tell_postcode_problems_apart(chinese: Translations) -> None:
    messages = FieldMessages()
    problems = (
        Reason.MISSING,
        Reason.TOO_LONG,
        Reason.INCOMPLETE,
        Reason.LONGER_THAN_UK,
        Reason.BAD_INWARD,
        Reason.NOT_UK_POSTCODE,
        Reason.BAD_CHARACTERS,
    )
    texts = [messages.text(Field.POSTCODE, why) for why in problems]
    assert all(_HAN.search(t) for t in texts)
    assert len(set(texts)) == len(texts)  # each problem its own words
    # The live hint: "keep typing" for a short one, "not a UK postcode" for a wrong one.
    hint = PostcodeHint(messages)
    short, _role = hint.for_text("CV1")
    wrong, _role = hint.for_text("QQ1 1AA")
    assert _HAN.search(short) and short != wrong
    assert wrong == "这看起来不像英国邮政编码，请检查，例如 CV1 1LL。"
    assert hint.for_text("CV1 1XX9")[0] == messages.text(Field.POSTCODE, Reason.BAD_INWARD)


# Ways a screen could read an error's English: comparing it, searching it, splitting it.
_READS_ENGLISH = re.compile(
    r"""\.message\s*(==|!=)"""
    r"""|(==|!=)\s*[\w().]+\.message\b"""
    r"""|\bin\s+(\w+\.message|str\(\w+\))"""
    r"""|\.message\.(startswith|endswith|find|index|split|lower|upper|casefold)\b"""
    r"""|str\(exc\)\s*(==|!=|\.)"""
    r"""|\.args\[\d\]\s*(==|!=)"""
    r"""|re\.\w+\([^)]*\.message"""
    r"""|\.get\(\s*(\w+\.message|english)\b"""
)


def test_no_screen_reads_the_english_of_an_error() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 20
    hits = [
        f"{py.relative_to(UI)}:{n}: {line.strip()}"
        for py in files
        for n, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1)
        if _READS_ENGLISH.search(line)
    ]
    assert hits == []


def test_the_scan_would_see_the_old_way() -> None:
    for line in (
        'if exc.message == "Please enter your name.":',
        "return self.known().get(exc.message)",
        "return self.known().get(english) or self.general(field)",
        "if 'postcode' in exc.message:",
        "if exc.message.startswith('The postcode'):",
        "if message == WrongRecoveryKey().message:",
    ):
        assert _READS_ENGLISH.search(line), line
