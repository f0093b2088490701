"""Counts that outlive the data: what a purge keeps of a petition's signatures, and the rule
that stops a kept count from singling anyone out.

At the retention date a purge deletes every signature and keeps only counts, per petition,
one dimension at a time (see docs/data-model.md, "Kept counts"):

- never a cross-tabulation: there is a count per ward and a count per day, but no count of
  one ward on one day, so a count about where signers live can never be tied to a stall,
  a day or a route;
- the stall-side dimensions (route, city, event, day) are kept exactly: they describe a
  public stall, and say nothing about a signer that the volunteer did not see;
- the signer-side dimensions (constituency and ward, from the signer's postcode) keep an
  area only when at least `MIN_AREA_PEOPLE` people from it signed; smaller areas are
  counted together under `OTHER_AREAS`.

Counts are kept only for signatures whose petition version told the signer so (its
definition has `keep_counts = true` and its privacy notice carries `notice_sentence`, in
every language it has; petition_parse.py checks both ways).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stallapp.domain.petition import Petition

DIMENSIONS = ("total", "route", "city", "event", "day", "constituency", "ward")
AREA_DIMENSIONS = ("constituency", "ward")
MIN_AREA_PEOPLE = 5
OTHER_AREAS = "other areas"  # areas with fewer than MIN_AREA_PEOPLE signers, together
UNKNOWN = "unknown"  # no postcode directory at the purge, or a postcode not in it

# What a petition's privacy notice must say, word for word, when it keeps counts.
NOTICE_SENTENCE = {
    "en": "After that date we keep only counts, never personal details: how many people "
    "signed, counted separately by stall, city, day, paper or screen, constituency and "
    "ward, with areas of fewer than 5 signers counted together. No name, address, contact "
    "detail or signature is kept.",
    "zh-Hant": "該日期之後，我們只會保留數字，不保留任何個人資料：按街站、城市、日期、"
    "紙本或螢幕、國會選區及地方議會選區分開統計的聯署人數；聯署人少於5人的地區會合併計算。"
    "姓名、地址、聯絡資料及簽名一概不會保留。",
    "zh-Hans": "该日期之后，我们只保留数字，不保留任何个人信息：按摊位、城市、日期、"
    "纸质或屏幕、议会选区和地方议会选区分别统计的签名人数；签名人数少于5人的地区合并统计。"
    "姓名、地址、联系方式和签名一概不保留。",
}


def notice_says_so(notice: str, lang: str) -> bool:
    """True when a privacy notice in `lang` carries the kept-counts sentence (spacing and
    line breaks aside)."""
    sentence = NOTICE_SENTENCE.get(lang)
    if sentence is None:
        return False
    folded = "".join(notice.split())
    return "".join(sentence.split()) in folded


def notice_mismatch(petition: Petition) -> str | None:
    """Why this definition's privacy notice and its `keep_counts` disagree, or None. With
    `keep_counts`, every language of the notice carries NOTICE_SENTENCE; without it, none
    does: what a signer reads about the retention date must be what happens."""
    for lang, notice in petition.privacy_notice.to_dict().items():
        says = notice_says_so(notice, lang)
        if petition.keep_counts and not says:
            return (
                f"the privacy notice ({lang}) must tell signers that counts are kept, "
                f"with this sentence: {NOTICE_SENTENCE[lang]}"
            )
        if says and not petition.keep_counts:
            return (
                f"the privacy notice ({lang}) says counts are kept after the retention "
                "date: set keep_counts = true, or take that sentence out"
            )
    return None


@dataclass(frozen=True)
class Signed:
    """What a purge reads of one signature: no name, address, postcode, email or ink."""

    person: int | None  # the same number for the same person in one petition; None: not
    # a person of its own (a likely duplicate on a stall), counted as a signature only
    route: str  # 'paper' or 'kiosk'
    city: str
    event_id: str
    event_label: str
    day: str  # the event's day, YYYY-MM-DD
    constituency: str
    ward: str


@dataclass(frozen=True)
class KeptCount:
    petition_id: str
    dimension: str
    key: str
    label: str
    signatures: int
    people: int


def tally(petition_id: str, rows: Iterable[Signed]) -> list[KeptCount]:
    """The counts a purge keeps of these signatures, one dimension at a time, with small
    areas folded into OTHER_AREAS. Every dimension adds up to the total."""
    groups: dict[tuple[str, str], tuple[str, list[int], set[int]]] = {}

    def add(dimension: str, key: str, label: str, person: int | None) -> None:
        entry = groups.setdefault((dimension, key), (label, [0], set()))
        entry[1][0] += 1
        if person is not None:
            entry[2].add(person)

    for row in rows:
        add("total", "", "", row.person)
        add("route", row.route, row.route, row.person)
        add("city", row.city, row.city, row.person)
        add("event", row.event_id, row.event_label, row.person)
        add("day", row.day, row.day, row.person)
        add("constituency", row.constituency, row.constituency, row.person)
        add("ward", row.ward, row.ward, row.person)
    out: list[KeptCount] = []
    folded: dict[str, tuple[int, set[int]]] = {}
    for (dimension, key), (label, sigs, people) in sorted(groups.items()):
        small = len(people) < MIN_AREA_PEOPLE and key not in (UNKNOWN, OTHER_AREAS)
        if dimension in AREA_DIMENSIONS and small:
            count, persons = folded.get(dimension, (0, set()))
            folded[dimension] = (count + sigs[0], persons | people)
            continue
        out.append(KeptCount(petition_id, dimension, key, label, sigs[0], len(people)))
    for dimension, (count, persons) in sorted(folded.items()):
        out.append(KeptCount(petition_id, dimension, OTHER_AREAS, OTHER_AREAS, count, len(persons)))
    return out
