"""The bundle's cover letter: the template filled in, with words true for each kind of row.

A kiosk signer read the notice on screen and ticked a separate consent statement; a paper
signer signed a sheet by hand and was shown the printed privacy notice handout, and ticked
nothing. The letter says which is which, with their counts, and, for a House of Commons
petition, that kiosk signatures are a list of supporters, not part of the paper petition.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Template

from stallapp.domain import routes
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import wording

PLACEHOLDERS = (
    "date",
    "recipient",
    "title",
    "title_zh",
    "count",
    "constituency_phrase",
    "campaign_group",
    "controller_name",
    "controller_contact",
    "target_name",
    "collection",
    "addressed",
    "organiser",
)


@dataclass(frozen=True)
class BundleInfo:
    petition: Petition
    recipient: str
    constituency: str | None
    today: str
    cover_template: str
    paper: str = "a4"
    chinese: str = "zh-Hant"
    lookup_release: str | None = None  # the postcode directory release the areas came from
    council_epetition: tuple[int, str] | None = None  # (count, day) from the council's site


def _people(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def kiosk_paragraph(p: Petition, n: int) -> str:
    who = _people(n, "person", "people")
    said = routes.digital_statement(p, "en")
    text = (
        f"{who} signed on a tablet at a stall. Each read the petition and the privacy notice "
        "on screen and ticked a separate statement giving explicit consent; the screen said: "
        f"\u201c{said}\u201d"
    )
    if p.target == "commons":
        text += (
            " These kiosk signatures are that list of supporters. They are not part of a House "
            "of Commons petition, which accepts only handwritten signatures on paper."
        )
    return text


def paper_paragraph(p: Petition, n: int) -> str:
    who = _people(n, "entry was", "entries were")
    version = wording.short_version(p.notice_version())
    text = (
        f"{who} typed in by volunteers from paper sheets signed by hand at a stall. Those "
        f"signers were shown the printed privacy notice (version {version}) at the stall; "
        "the sheet has no consent box, so no separate tick was recorded for them."
    )
    if p.target == "commons":
        text += (
            " The handwritten sheets themselves are the formal petition and are presented "
            "separately; these typed entries are a list and a count, not the petition."
        )
    return text


def collection_text(p: Petition, by_origin: Mapping[str, int]) -> str:
    """One paragraph per kind of row present, each true for that kind."""
    parts = []
    if by_origin.get("kiosk"):
        parts.append(kiosk_paragraph(p, by_origin["kiosk"]))
    if by_origin.get("paper"):
        parts.append(paper_paragraph(p, by_origin["paper"]))
    return "\n\n".join(parts)


def addressed_text(p: Petition) -> str:
    """A council bundle is addressed to the council and carries its request, in the
    organiser's words (never the Commons prayer); empty for a Commons petition, whose
    prayer heads every signature page."""
    if p.target == "commons":
        return ""
    return f"To {p.target_name}:\n\n{wording.request(p, 'en')}"


def organiser_text(p: Petition) -> str:
    """The organiser's name, contact details and address, as a council's scheme asks."""
    lines = p.organiser_lines()
    if not lines:
        return ""
    return "Petition organiser: " + ", ".join(lines) + "."


def cover_text(info: BundleInfo, count: int, by_origin: Mapping[str, int] | None = None) -> str:
    """The cover letter with its placeholders filled; unknown ones are refused by name.
    `by_origin` counts the rows by origin (kiosk, paper); all kiosk when not given."""
    p = info.petition
    zh = wording.chinese_language(p, info.chinese)
    values = {
        "date": info.today,
        "recipient": info.recipient,
        "title": p.title.get("en"),
        "title_zh": p.title.get(zh) if zh else "",
        "count": f"{count:,}",
        "constituency_phrase": f" from the constituency of {info.constituency}"
        if info.constituency
        else "",
        "campaign_group": p.campaign_group or p.controller_name,
        "controller_name": p.controller_name,
        "controller_contact": p.controller_contact,
        "target_name": p.target_name,
        "collection": collection_text(p, by_origin or {"kiosk": count}),
        "addressed": addressed_text(p),
        "organiser": organiser_text(p),
    }
    try:
        text = Template(info.cover_template).substitute(values)
    except KeyError as exc:
        raise BadInput(
            f"The cover letter template uses an unknown placeholder ${exc.args[0]}; "
            "known ones: " + ", ".join("$" + k for k in PLACEHOLDERS)
        ) from None
    except ValueError:
        raise BadInput("The cover letter template has a stray $ sign (write $$ for $).") from None
    # A placeholder that is empty for this petition leaves no blank paragraph behind.
    return re.sub(r"\n{3,}", "\n\n", text)
