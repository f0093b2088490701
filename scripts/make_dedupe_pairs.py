"""Write the labelled set of synthetic name pairs that measures dedupe across scripts.

    .venv/bin/python scripts/make_dedupe_pairs.py [--out tests/services/data/dedupe_pairs.csv]

Every name is made up from the small table below, written by hand: each character with its
Traditional and Simplified form, its Hong Kong Government spelling and its Pinyin. The label
comes from how a pair was made (one made-up person written twice, or two made-up people), never
from the matcher. Both postcodes of a pair are in one outward code, half of them the same
postcode. A fixed seed makes the file the same on every run; bench/bench_dedupe_names.py
scores the matcher on it (docs/dedupe.md).
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Callable
from pathlib import Path

SEED = 20261128
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "services" / "data" / "dedupe_pairs.csv"

# (Traditional, Simplified, HK Government spelling, Pinyin)
Char = tuple[str, str, str, str]
SURNAMES: list[Char] = [
    ("陳", "陈", "Chan", "Chen"),
    ("黃", "黄", "Wong", "Huang"),
    ("李", "李", "Lee", "Li"),
    ("張", "张", "Cheung", "Zhang"),
    ("林", "林", "Lam", "Lin"),
    ("何", "何", "Ho", "He"),
    ("梁", "梁", "Leung", "Liang"),
    ("劉", "刘", "Lau", "Liu"),
    ("吳", "吴", "Ng", "Wu"),
    ("王", "王", "Wong", "Wang"),
    ("鄭", "郑", "Cheng", "Zheng"),
    ("楊", "杨", "Yeung", "Yang"),
    ("謝", "谢", "Tse", "Xie"),
    ("郭", "郭", "Kwok", "Guo"),
    ("麥", "麦", "Mak", "Mai"),
    ("蔡", "蔡", "Choi", "Cai"),
    ("徐", "徐", "Tsui", "Xu"),
    ("羅", "罗", "Law", "Luo"),
    ("葉", "叶", "Yip", "Ye"),
    ("曾", "曾", "Tsang", "Zeng"),
    ("馮", "冯", "Fung", "Feng"),
    ("蘇", "苏", "So", "Su"),
    ("歐陽", "欧阳", "Au Yeung", "Ouyang"),
    ("司徒", "司徒", "Szeto", "Situ"),
]
COMMON = ["陳", "黃", "李", "張", "林", "何"]  # the surnames most pairs of strangers share
GIVEN: list[Char] = [
    ("大", "大", "Tai", "Da"),
    ("文", "文", "Man", "Wen"),
    ("志", "志", "Chi", "Zhi"),
    ("強", "强", "Keung", "Qiang"),
    ("偉", "伟", "Wai", "Wei"),
    ("明", "明", "Ming", "Ming"),
    ("家", "家", "Ka", "Jia"),
    ("嘉", "嘉", "Ka", "Jia"),
    ("欣", "欣", "Yan", "Xin"),
    ("詠", "咏", "Wing", "Yong"),
    ("美", "美", "Mei", "Mei"),
    ("玲", "玲", "Ling", "Ling"),
    ("小", "小", "Siu", "Xiao"),
    ("子", "子", "Tsz", "Zi"),
    ("聰", "聪", "Chung", "Cong"),
    ("浩", "浩", "Ho", "Hao"),
    ("然", "然", "Yin", "Ran"),
    ("俊", "俊", "Chun", "Jun"),
    ("傑", "杰", "Kit", "Jie"),
    ("健", "健", "Kin", "Jian"),
    ("雅", "雅", "Nga", "Ya"),
    ("玉", "玉", "Yuk", "Yu"),
    ("麗", "丽", "Lai", "Li"),
    ("秀", "秀", "Sau", "Xiu"),
    ("淑", "淑", "Shuk", "Shu"),
    ("德", "德", "Tak", "De"),
    ("國", "国", "Kwok", "Guo"),
    ("寶", "宝", "Po", "Bao"),
    ("婷", "婷", "Ting", "Ting"),
    ("敏", "敏", "Man", "Min"),
    ("慧", "慧", "Wai", "Hui"),
    ("雪", "雪", "Suet", "Xue"),
    ("瑩", "莹", "Ying", "Ying"),
    ("樂", "乐", "Lok", "Le"),
    ("安", "安", "On", "An"),
    ("日", "日", "Yat", "Ri"),
    ("耀", "耀", "Yiu", "Yao"),
    ("曉", "晓", "Hiu", "Xiao"),
    ("中", "中", "Chung", "Zhong"),
    ("錦", "锦", "Kam", "Jin"),
    ("思", "思", "Sze", "Si"),
    ("晴", "晴", "Ching", "Qing"),
    ("穎", "颖", "Wing", "Ying"),
    ("鳳", "凤", "Fung", "Feng"),
    ("芳", "芳", "Fong", "Fang"),
    ("榮", "荣", "Wing", "Rong"),
    ("輝", "辉", "Fai", "Hui"),
    ("凱", "凯", "Hoi", "Kai"),
    ("峰", "峰", "Fung", "Feng"),
    ("綺", "绮", "Yee", "Qi"),
]
ENGLISH = ["Peter", "Mary", "Kelvin", "Winnie", "Jason", "Carmen", "Ivan", "Cherry", "Alan"]
# Other spellings of one Cantonese syllable that people use on their own documents.
VARIANTS = {"Tsz": "Chi", "Chi": "Tsz", "Sze": "Si", "Lee": "Li", "Yee": "Yi", "Ka": "Kar"}
AREAS = ["CV1", "S1", "L1", "NE1", "B5", "LS1", "G2", "EH1"]
INWARD = ["1AA", "2AB", "3HS", "4QR", "5FB", "6JD", "7LX", "8PT"]

Person = tuple[Char, Char, Char]  # surname, two given characters
Pair = tuple[str, str]


def han(p: Person, simplified: bool = False) -> str:
    i = 1 if simplified else 0
    return "".join(c[i] for c in p)


def _hk_parts(p: Person) -> tuple[str, list[str]]:
    return p[0][2], [p[1][2], p[2][2]]


def hk(p: Person, style: int, variant: bool = False) -> str:
    """The HK Government romanisation, in one of the ways people write it."""
    surname, given = _hk_parts(p)
    if variant:
        given = [VARIANTS.get(g, g) for g in given]
        surname = VARIANTS.get(surname, surname)
    joined = given[0] + given[1].lower()
    forms = [
        f"{surname} {given[0]} {given[1]}",
        f"{surname.upper()} {given[0]}-{given[1].lower()}",
        f"{given[0]} {given[1]} {surname}",
        f"{surname} {joined}",
        f"{surname} {given[0]} {given[1]}".lower(),
        f"{given[0]}-{given[1].lower()} {surname.upper()}",
    ]
    return forms[style % len(forms)]


def pinyin(p: Person, style: int) -> str:
    surname, given = p[0][3], p[1][3] + p[2][3].lower()
    forms = [f"{surname} {given}", f"{given} {surname}", f"{surname.upper()} {given}"]
    return forms[style % len(forms)]


def _person(rng: random.Random, surname: Char | None = None) -> Person:
    s = surname or rng.choice(SURNAMES)
    a, b = rng.sample(GIVEN, 2)
    return (s, a, b)


def _stranger(rng: random.Random, p: Person, keep: int) -> Person:
    """Another person with p's surname who shares `keep` given characters (0 or 1), and
    whose romanised name differs from p's."""
    while True:
        q = _person(rng, p[0])
        if keep:
            q = (p[0], p[1], q[2])
        if hk(q, 0) != hk(p, 0) and len({q[1][0], q[2][0]} & {p[1][0], p[2][0]}) == keep:
            return q


def _homophone(rng: random.Random, p: Person) -> Person | None:
    """p's surname and given name spelt the same in Latin, with other characters."""
    for i in (1, 2):
        same = [g for g in GIVEN if g[2] == p[i][2] and g[0] != p[i][0]]
        if same:
            other = rng.choice(same)
            return (p[0], other, p[2]) if i == 1 else (p[0], p[1], other)
    return None


def _common(rng: random.Random) -> Char:
    wanted = rng.choice(COMMON)
    return next(s for s in SURNAMES if s[0] == wanted)


def _other_surname(r: random.Random, p: Person) -> Char:
    return next(s for s in iter(lambda: r.choice(SURNAMES), None) if s[2] != p[0][2])


def _spelt_two_ways(r: random.Random) -> Person:
    return next(q for q in iter(lambda: _person(r), None) if hk(q, 0, True) != hk(q, 0))


# Pairs of one person written twice.
def trad_vs_hk(r: random.Random) -> Pair:
    p = _person(r)
    return han(p), hk(p, r.randrange(6))


def simp_vs_hk(r: random.Random) -> Pair:
    p = _person(r)
    return han(p, True), hk(p, r.randrange(6))


def trad_vs_simp(r: random.Random) -> Pair:
    p = _person(r)
    return han(p), han(p, True)


def chinese_vs_pinyin(r: random.Random) -> Pair:
    p = _person(r)
    return han(p, r.random() < 0.5), pinyin(p, r.randrange(3))


def chinese_vs_english_name(r: random.Random) -> Pair:
    p = _person(r)
    return han(p), f"{r.choice(ENGLISH)} {hk(p, r.choice([0, 2]))}"


def hk_reordered(r: random.Random) -> Pair:
    p, style = _person(r), r.randrange(6)
    return hk(p, style), hk(p, style + r.randrange(1, 6))


def hk_other_spelling(r: random.Random) -> Pair:
    p = _spelt_two_ways(r)
    return hk(p, 0), hk(p, r.choice([0, 2]), variant=True)


def hk_vs_pinyin(r: random.Random) -> Pair:
    p = _person(r)
    return hk(p, 0), pinyin(p, 0)


# Pairs of two people.
def surname_only(r: random.Random) -> Pair:
    p = _person(r, _common(r))
    return han(p), hk(_stranger(r, p, 0), r.randrange(6))


def surname_and_one_given(r: random.Random) -> Pair:
    p = _person(r, _common(r))
    return han(p), hk(_stranger(r, p, 1), r.randrange(6))


def surname_both_romanised(r: random.Random) -> Pair:
    p = _person(r, _common(r))
    return hk(p, r.randrange(6)), hk(_stranger(r, p, 0), r.randrange(6))


def surname_and_one_given_both_romanised(r: random.Random) -> Pair:
    p = _person(r, _common(r))
    return hk(p, r.randrange(6)), hk(_stranger(r, p, 1), r.randrange(6))


def surname_both_chinese(r: random.Random) -> Pair:
    p = _person(r, _common(r))
    return han(p), han(_stranger(r, p, r.randrange(2)), True)


def given_only(r: random.Random) -> Pair:
    p = _person(r)
    return han(p), hk((_other_surname(r, p), p[1], p[2]), r.randrange(6))


def homophones(r: random.Random) -> Pair | None:
    p = _person(r, _common(r))
    q = _homophone(r, p)
    return None if q is None else (han(q), hk(p, r.randrange(6)))


Maker = Callable[[random.Random], Pair | None]
POSITIVE: dict[str, tuple[int, Maker]] = {
    "traditional vs HK romanisation": (60, trad_vs_hk),
    "simplified vs HK romanisation": (40, simp_vs_hk),
    "traditional vs simplified": (30, trad_vs_simp),
    "chinese vs pinyin": (30, chinese_vs_pinyin),
    "chinese vs English name and HK romanisation": (20, chinese_vs_english_name),
    "HK romanisation reordered or respaced": (40, hk_reordered),
    "HK romanisation, another spelling": (20, hk_other_spelling),
    "HK romanisation vs pinyin": (15, hk_vs_pinyin),
}
NEGATIVE: dict[str, tuple[int, Maker]] = {
    "same surname, chinese vs romanised": (50, surname_only),
    "same surname and one given name, chinese vs romanised": (40, surname_and_one_given),
    "same surname, both romanised": (40, surname_both_romanised),
    "same surname and one given name, both romanised": (
        30,
        surname_and_one_given_both_romanised,
    ),
    "same surname, both chinese": (30, surname_both_chinese),
    "other surname, same given name": (30, given_only),
    "homophone characters, chinese vs romanised": (15, homophones),
}


def pairs(seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)  # noqa: S311 - made-up names, no secret
    rows: list[dict[str, str]] = []
    for same, table in (("1", POSITIVE), ("0", NEGATIVE)):
        for kind, (count, make) in table.items():
            made = 0
            while made < count:
                pair = make(rng)
                if pair is None or pair[0] == pair[1]:
                    continue
                area = rng.choice(AREAS)
                first, second = rng.sample(INWARD, 2)
                if rng.random() < 0.5:
                    second = first
                rows.append(
                    {
                        "id": str(len(rows) + 1),
                        "name_a": pair[0],
                        "postcode_a": f"{area} {first}",
                        "name_b": pair[1],
                        "postcode_b": f"{area} {second}",
                        "same_person": same,
                        "kind": kind,
                    }
                )
                made += 1
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = pairs(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} pairs written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
