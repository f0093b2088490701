"""The petition definition: what a signer reads and agrees to, loaded from a TOML file.

The content hash covers every word a signer can see (titles, texts, prayer, privacy notice,
consent statements, controller, target), in every language. Each signature records it, so
the exact wording behind any signature can be shown later.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stallapp.domain import routes as route_rules
from stallapp.domain.errors import PetitionFileError

LANGUAGES = ("en", "zh-Hant", "zh-Hans")
TARGETS = ("commons", "council", "letter")
# The Scottish Parliament takes petitions only through its own online system, and only on
# devolved national policy (DOMAIN.md); a sister-city tie is a council matter.
SCOTTISH_PARLIAMENT = (
    "stallapp does not collect for the Scottish Parliament: it takes petitions only through "
    "its own website, and only on devolved national matters. A city's sister-city tie is for "
    'its council: use target = "council" with the council\'s name'
)
ADDRESS_MODES = ("full", "postcode_only")
EMAIL_MODES = ("optional", "off")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
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
_MAX_LEN = {"title": 200, "petitioners": 300}
_TOP_KEYS = {
    "format",
    "id",
    "target",
    "target_name",
    "online_url",
    "privacy_notice_url",
    "routes",
    "digital_use",
    "retention_until",
    "campaign_group",
    "signature_target",
    "fields",
    "controller",
    "organiser",
    *TEXT_TABLES,
}
_FIELD_KEYS = {"address", "email", "allow_non_uk", "live_work_study"}
_CONTROLLER_KEYS = {"name", "contact"}
# A council's paper petition names its organiser with contact details and an address
# (Sheffield's scheme, for one); printed on council sheets and bundles.
_ORGANISER_KEYS = {"name", "address", "contact"}


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


class _Locator:
    """Finds the line of a key in TOML source, so that errors can say where to look."""

    _table = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\s\"]+?)\s*\]\s*(#.*)?$")
    _key = re.compile(r"^\s*([A-Za-z0-9_\-\"]+(?:\s*\.\s*[A-Za-z0-9_\-\"]+)*)\s*=")

    def __init__(self, source: str) -> None:
        self.lines: dict[str, int] = {}
        table = ""
        for number, line in enumerate(source.splitlines(), start=1):
            m = self._table.match(line)
            if m:
                table = m.group(1).replace('"', "").replace(" ", "")
                self.lines.setdefault(table, number)
                continue
            k = self._key.match(line)
            if k:
                key = k.group(1).replace('"', "").replace(" ", "")
                full = f"{table}.{key}" if table else key
                self.lines.setdefault(full, number)
                if "." in key:
                    self.lines.setdefault(full.rsplit(".", 1)[0], number)

    def where(self, key: str) -> str:
        while key:
            if key in self.lines:
                return f" (line {self.lines[key]})"
            key = key.rpartition(".")[0]
        return ""


class _Parser:
    def __init__(self, data: Mapping[str, Any], locator: _Locator | None, name: str) -> None:
        self.data = data
        self.loc = locator
        self.name = name

    def fail(self, key: str, message: str) -> PetitionFileError:
        where = self.loc.where(key) if self.loc else ""
        return PetitionFileError(f"{self.name}: field '{key}'{where}: {message}")

    def check_keys(self, table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                full = f"{prefix}.{key}" if prefix else key
                raise self.fail(full, "is not a known field (check its spelling)")

    def string(
        self, table: Mapping[str, Any], key: str, prefix: str, required: bool, max_len: int
    ) -> str | None:
        full = f"{prefix}.{key}" if prefix else key
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(full, "is missing")
            return None
        if not isinstance(value, str):
            raise self.fail(full, "must be text in quotes")
        value = value.strip()
        if required and not value:
            raise self.fail(full, "must not be empty")
        if len(value) > max_len:
            raise self.fail(full, f"is longer than {max_len} characters")
        return value or None

    def texts(self, name: str, required: bool) -> Texts | None:
        table = self.data.get(name)
        if table is None:
            if required:
                raise self.fail(name, "is missing (add a [" + name + "] table with en = ...)")
            return None
        if not isinstance(table, Mapping):
            raise self.fail(name, "must be a table of languages (en, zh-Hant, zh-Hans)")
        self.check_keys(table, set(LANGUAGES), name)
        values: dict[str, str] = {}
        limit = _MAX_LEN.get(name, 8000)
        for lang in LANGUAGES:
            text = self.string(table, lang, name, required=(lang == "en"), max_len=limit)
            if text:
                values[lang] = text
        return Texts(values)

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str,
        options: tuple[str, ...],
        default: str,
    ) -> str:
        value = table.get(key, default)
        if value not in options:
            raise self.fail(
                f"{prefix}.{key}" if prefix else key, "must be one of: " + ", ".join(options)
            )
        return str(value)

    def flag(self, table: Mapping[str, Any], key: str, prefix: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{prefix}.{key}", "must be true or false")
        return value

    def route_list(self, d: Mapping[str, Any]) -> tuple[str, ...]:
        value = d.get("routes", list(route_rules.ROUTES))
        if (
            not isinstance(value, list)
            or not value
            or any(v not in route_rules.ROUTES for v in value)
            or len(set(value)) != len(value)
        ):
            raise self.fail(
                "routes", 'must list one or both of "paper" and "kiosk", e.g. ["paper"]'
            )
        return tuple(r for r in route_rules.ROUTES if r in value)

    def table(self, key: str, allowed: set[str], required: bool) -> Mapping[str, Any]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is missing")
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(key, "must be a table")
        self.check_keys(value, allowed, key)
        return value

    def petition(self) -> Petition:
        d = self.data
        self.check_keys(d, _TOP_KEYS, "")
        fmt = d.get("format", 1)
        if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt != 1:
            raise self.fail("format", "this version of stallapp reads format 1 only")
        pid = self.string(d, "id", "", required=True, max_len=64) or ""
        if not _ID_RE.match(pid):
            raise self.fail("id", "use 3 to 64 lower-case letters, digits and dashes")
        if d.get("target") == "scottish_parliament":
            raise self.fail("target", SCOTTISH_PARLIAMENT)
        target = self.choice(d, "target", "", TARGETS, "")
        default_name = {"commons": "House of Commons"}
        target_name = self.string(d, "target_name", "", required=False, max_len=200)
        target_name = target_name or default_name.get(target)
        if not target_name:
            raise self.fail("target_name", "is missing (e.g. the council's name)")
        url = self.string(d, "online_url", "", required=False, max_len=500)
        if url and not re.match(r"^https://[^\s]+$", url):
            raise self.fail("online_url", "must be a full address starting with https://")
        retention = d.get("retention_until")
        if retention is None:
            raise self.fail("retention_until", "is missing (a date like 2027-06-30)")
        retention = _strict_date(retention)
        if retention is None:
            raise self.fail(
                "retention_until", "must be a date like 2027-06-30 (a day, without a time)"
            )
        notice_url = self.string(d, "privacy_notice_url", "", required=False, max_len=500)
        if notice_url and not re.match(r"^https://[^\s]+$", notice_url):
            raise self.fail("privacy_notice_url", "must be a full address starting with https://")
        routes = self.route_list(d)
        use = self.choice(
            d,
            "digital_use",
            "",
            route_rules.DIGITAL_USES,
            route_rules.default_digital_use(target),
        )
        if target == "commons" and use != route_rules.SUPPORTERS_LIST:
            raise self.fail(
                "digital_use",
                "electronic signatures cannot be part of a House of Commons petition: "
                'use "supporters_list" (a list of supporters given to the MP)',
            )
        group = self.string(d, "campaign_group", "", required=False, max_len=200)
        goal = d.get("signature_target")
        if goal is not None and (not isinstance(goal, int) or isinstance(goal, bool) or goal < 1):
            raise self.fail("signature_target", "must be a whole number above zero")
        fields = self.table("fields", _FIELD_KEYS, required=False)
        controller = self.table("controller", _CONTROLLER_KEYS, required=True)
        organiser = self.table("organiser", _ORGANISER_KEYS, required=False)
        org_name = self.string(organiser, "name", "organiser", bool(organiser), 200)
        org_address = self.string(organiser, "address", "organiser", bool(organiser), 500)
        org_contact = self.string(organiser, "contact", "organiser", False, 300)
        texts = {name: self.texts(name, name in REQUIRED_TEXTS) for name in TEXT_TABLES}
        petition = Petition(
            id=pid,
            target=target,
            target_name=target_name,
            title=texts["title"],  # type: ignore[arg-type]
            petitioners=texts["petitioners"],  # type: ignore[arg-type]
            text=texts["text"],  # type: ignore[arg-type]
            prayer=texts["prayer"],  # type: ignore[arg-type]
            privacy_notice=texts["privacy_notice"],  # type: ignore[arg-type]
            consent=texts["consent"],  # type: ignore[arg-type]
            contact_consent=texts["contact_consent"],
            controller_name=self.string(controller, "name", "controller", True, 200) or "",
            controller_contact=self.string(controller, "contact", "controller", True, 300) or "",
            retention_until=retention,
            address_mode=self.choice(fields, "address", "fields", ADDRESS_MODES, "full"),
            email_mode=self.choice(fields, "email", "fields", EMAIL_MODES, "optional"),
            allow_non_uk=self.flag(fields, "allow_non_uk", "fields"),
            live_work_study=self.flag(fields, "live_work_study", "fields"),
            online_url=url,
            privacy_notice_url=notice_url,
            routes=routes,
            digital_use=use,
            campaign_group=group,
            signature_target=goal,
            organiser_name=org_name,
            organiser_address=org_address,
            organiser_contact=org_contact,
        )
        return _with_hash(petition)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _strict_date(value: Any) -> date | None:
    """A calendar day: a TOML date or the text YYYY-MM-DD. A datetime (a date with a time,
    which Python counts as a date) or any other shape is refused, so that what is stored
    always loads again."""
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _with_hash(petition: Petition) -> Petition:
    from dataclasses import replace

    return replace(petition, content_hash=content_hash(petition))


def parse_petition(source: str, name: str = "petition") -> Petition:
    """Parse petition TOML text; raises PetitionFileError naming the field and line."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise PetitionFileError(f"{name}: not valid TOML: {exc}") from None
    return _Parser(data, _Locator(source), name).petition()


def load_petition(path: Path) -> Petition:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PetitionFileError(
            f"Cannot read the petition file {path.name}: {exc.strerror}"
        ) from None
    if len(raw) > 1_000_000:
        raise PetitionFileError(f"{path.name}: the file is too large for a petition definition")
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PetitionFileError(f"{path.name}: the file must be saved as UTF-8 text") from None
    return parse_petition(source, path.name)


def petition_from_dict(data: Mapping[str, Any]) -> Petition:
    """Rebuild a petition from to_dict() output (as stored in the vault or a campaign pack)."""
    return _Parser(data, None, "stored petition").petition()
