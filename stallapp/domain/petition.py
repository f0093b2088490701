"""The petition definition: what a signer reads and agrees to, loaded from a TOML file
(petition_parse.py reads the file; its public names are importable from here too).

The content hash covers every word a signer can see (titles, texts, prayer, privacy notice,
consent statements, controller, target), in every language. Each signature records it, so
the exact wording behind any signature can be shown later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from stallapp.domain import routes as route_rules

LANGUAGES = ("en", "zh-Hant", "zh-Hans")
TARGETS = ("commons", "council", "letter")
ADDRESS_MODES = ("full", "postcode_only")
EMAIL_MODES = ("optional", "off")
TEXT_TABLES = (
    "title",
    "petitioners",
    "text",
    "prayer",
    "privacy_notice",
    "consent",
    "contact_consent",
)
REQUIRED_TEXTS = ("title", "petitioners", "text", "prayer", "privacy_notice", "consent")


@dataclass(frozen=True)
class Texts:
    """One piece of text in several languages; English is always present."""

    values: Mapping[str, str]

    def get(self, lang: str) -> str:
        return self.values.get(lang) or self.values["en"]

    def has(self, lang: str) -> bool:
        return bool(self.values.get(lang))

    def to_dict(self) -> dict[str, str]:
        return {k: self.values[k] for k in LANGUAGES if self.values.get(k)}


@dataclass(frozen=True)
class Petition:
    id: str
    target: str
    target_name: str
    title: Texts
    petitioners: Texts
    text: Texts
    prayer: Texts
    privacy_notice: Texts
    consent: Texts
    contact_consent: Texts | None
    controller_name: str
    controller_contact: str
    retention_until: date
    address_mode: str = "full"
    email_mode: str = "optional"
    allow_non_uk: bool = False
    live_work_study: bool = False
    online_url: str | None = None
    privacy_notice_url: str | None = None
    routes: tuple[str, ...] = route_rules.ROUTES
    digital_use: str = route_rules.FORMAL_PETITION
    campaign_group: str | None = None
    signature_target: int | None = None
    organiser_name: str | None = None
    organiser_address: str | None = None  # lines separated by newlines
    organiser_contact: str | None = None
    # At the retention date, keep anonymous counts (domain/kept_counts.py) instead of
    # nothing; the privacy notice must say so (checked when the definition is read).
    keep_counts: bool = False
    content_hash: str = field(default="", compare=False)

    def organiser_lines(self) -> list[str]:
        """The organiser block as printed: name, address lines, contact; empty if none."""
        if not self.organiser_name:
            return []
        lines = [self.organiser_name]
        lines += [ln.strip() for ln in (self.organiser_address or "").splitlines() if ln.strip()]
        if self.organiser_contact:
            lines.append(self.organiser_contact)
        return lines

    def organiser_dict(self) -> dict[str, str] | None:
        if not self.organiser_name:
            return None
        out = {"name": self.organiser_name, "address": self.organiser_address or ""}
        if self.organiser_contact:
            out["contact"] = self.organiser_contact
        return out

    def languages(self) -> tuple[str, ...]:
        """Languages in which every required text is present."""
        return tuple(
            lang
            for lang in LANGUAGES
            if all(getattr(self, name).has(lang) for name in REQUIRED_TEXTS)
        )

    def wording(self) -> dict[str, Any]:
        """Everything a signer can read; the input of the content hash."""
        out: dict[str, Any] = {
            "id": self.id,
            "target": self.target,
            "target_name": self.target_name,
            "controller": {"name": self.controller_name, "contact": self.controller_contact},
        }
        # Route settings are signer-visible (the kiosk and the notice say where signatures
        # go); they enter the hash only when they differ from the default, so the hash of a
        # petition written before they existed is unchanged.
        if self.routes != route_rules.ROUTES:
            out["routes"] = list(self.routes)
        if self.digital_use != route_rules.default_digital_use(self.target):
            out["digital_use"] = self.digital_use
        if self.privacy_notice_url:
            out["privacy_notice_url"] = self.privacy_notice_url
        if self.keep_counts:  # what happens at the retention date; only when set
            out["keep_counts"] = True
        organiser = self.organiser_dict()
        if organiser is not None:  # printed on the sheet: only in the hash when present
            out["organiser"] = organiser
        for name in TEXT_TABLES:
            texts = getattr(self, name)
            if texts is not None:
                out[name] = texts.to_dict()
        return out

    def to_dict(self) -> dict[str, Any]:
        """The whole definition as plain data (the TOML file's structure)."""
        out: dict[str, Any] = {"format": 1, "id": self.id, "target": self.target}
        out["target_name"] = self.target_name
        if self.online_url:
            out["online_url"] = self.online_url
        if self.privacy_notice_url:
            out["privacy_notice_url"] = self.privacy_notice_url
        out["routes"] = list(self.routes)
        out["digital_use"] = self.digital_use
        out["retention_until"] = self.retention_until.isoformat()
        if self.keep_counts:
            out["keep_counts"] = True
        if self.campaign_group:
            out["campaign_group"] = self.campaign_group
        if self.signature_target is not None:
            out["signature_target"] = self.signature_target
        out["fields"] = {
            "address": self.address_mode,
            "email": self.email_mode,
            "allow_non_uk": self.allow_non_uk,
            "live_work_study": self.live_work_study,
        }
        out["controller"] = {"name": self.controller_name, "contact": self.controller_contact}
        organiser = self.organiser_dict()
        if organiser is not None:
            out["organiser"] = organiser
        for name in TEXT_TABLES:
            texts = getattr(self, name)
            if texts is not None:
                out[name] = texts.to_dict()
        return out

    def consent_hash(self, lang: str, contact: bool = False, origin: str = "kiosk") -> str:
        """What a signer saw, as a hash. At the kiosk: the consent statement, the sentence
        saying where the signature goes, and the privacy notice in `lang`. On paper: the
        printed privacy notice handout's version (`notice_version`); a paper sheet has no
        consent or contact box, so a paper row has no contact consent."""
        if origin == "paper":
            if contact:
                raise ValueError("a paper sheet has no contact consent box")
            return self.notice_version()
        statement = self.contact_consent if contact else self.consent
        if statement is None:
            raise ValueError("this petition has no contact consent statement")
        material = {
            "petition": self.content_hash,
            "language": lang,
            "statement": statement.get(lang),
            "purpose": route_rules.kiosk_purpose(self, lang),
            "privacy_notice": self.privacy_notice.get(lang),
        }
        return _sha256_json(material)

    def notice_version(self) -> str:
        """The printed privacy notice handout's version: a hash of every word it carries."""
        material = {
            "kind": "privacy-notice-handout",
            "petition": self.id,
            "controller": [self.controller_name, self.controller_contact],
            "url": self.privacy_notice_url or "",
            "title": self.title.to_dict(),
            "routes": {lang: route_rules.route_statements(self, lang) for lang in LANGUAGES},
            "notice": self.privacy_notice.to_dict(),
        }
        return _sha256_json(material)


def _sha256_json(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def content_hash(petition: Petition) -> str:
    return _sha256_json(petition.wording())


# The readers live in petition_parse.py, which builds Petition and Texts from this module;
# these delegate to it (imported when called, so either module may be imported first).


def parse_petition(source: str, name: str = "petition") -> Petition:
    """Parse petition TOML text; raises PetitionFileError naming the field and line."""
    from stallapp.domain import petition_parse

    return petition_parse.parse_petition(source, name)


def load_petition(path: Path) -> Petition:
    """Read and parse a petition TOML file (UTF-8, at most 1 MB)."""
    from stallapp.domain import petition_parse

    return petition_parse.load_petition(path)


def petition_from_dict(data: Mapping[str, Any]) -> Petition:
    """Rebuild a petition from to_dict() output (as stored in the vault or a campaign pack)."""
    from stallapp.domain import petition_parse

    return petition_parse.petition_from_dict(data)
