"""Text split into runs of the Latin and the CJK font."""

from __future__ import annotations

from stallapp.printing import fonts


def test_runs_split_latin_and_chinese() -> None:
    assert list(fonts.runs("Sign 簽名 here")) == [
        (fonts.LATIN, "Sign "),
        (fonts.CJK, "簽名 "),
        (fonts.LATIN, "here"),
    ]
    assert list(fonts.runs("Bold", bold=True)) == [(fonts.LATIN_BOLD, "Bold")]
    assert list(fonts.runs("")) == []


def test_markup_escapes_and_keeps_lines() -> None:
    out = fonts.markup("a<b & c\n中")
    assert "&lt;" in out and "&amp;" in out and "<br/>" in out
    assert f'<font name="{fonts.CJK}">中</font>' in out


def test_fit_cuts_long_text() -> None:
    long = "x" * 500
    cut = fonts.fit(long, 10, 100)
    assert cut.endswith("…") and fonts.width(cut, 10) <= 100
    assert fonts.fit("short", 10, 100) == "short"
