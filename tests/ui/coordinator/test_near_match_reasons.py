"""The review panel says why two people may be one, in the coordinator's language."""

from __future__ import annotations

import pytest

from stallapp.services import name_match
from stallapp.services.dedupe import NearMatch, Side
from stallapp.ui.coordinator.near_match_panel import NearMatchPanel

REASONS = [
    name_match.CROSS_SCRIPT,
    name_match.CROSS_SCRIPT_EXTRA,
    name_match.TRADITIONAL_SIMPLIFIED,
    name_match.SAME_AREA,
    name_match.OTHER_SPELLING,
    "similar spelling (88%), same postcode area",
]
EXPECTED = {
    "en": REASONS,
    "zh-Hant": [
        "中文名與英文拼音名相同",
        "中文名與英文拼音名相同，另多一個名字",
        "繁體與簡體寫法的同一姓名",
        "姓名相同，郵編同區",
        "同一姓名的另一種英文拼寫",
        "拼寫相近（88%），郵編同區",
    ],
    "zh-Hans": [
        "中文姓名与罗马字拼写的姓名相同",
        "中文姓名与罗马字拼写的姓名相同，另多一个名字",
        "繁体与简体写法的同一姓名",
        "姓名相同，邮编同区",
        "同一姓名的另一种罗马字拼写",
        "拼写相近（88%），邮编同区",
    ],
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_each_reason_is_shown_in_words_in_the_language(qtbot, translations, lang: str) -> None:  # type: ignore[no-untyped-def]
    translations.set_language(lang)
    panel = NearMatchPanel()
    qtbot.addWidget(panel)
    matches = [
        NearMatch(
            n,
            "p",
            reason,
            90,
            Side(2 * n, "陳大文", "CV1 1LL", None, 1),
            Side(2 * n + 1, "Chan Tai Man", "CV1 2AB", None, 1),
        )
        for n, reason in enumerate(REASONS, start=1)
    ]
    panel.set_matches(matches)
    shown = [panel.list.item(i).text().splitlines()[0] for i in range(panel.list.count())]
    assert shown == EXPECTED[lang]
    assert "陳大文" in panel.list.item(0).text() and "CV1 2AB" in panel.list.item(0).text()
