"""Reading a petition definition: TOML text, a file, or the plain data of Petition.to_dict()
(as stored in the vault or a campaign pack), checked field by field. Every refusal is a
PetitionFileError naming the field and, for TOML, its line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stallapp.domain import kept_counts
from stallapp.domain import routes as route_rules
from stallapp.domain.errors import PetitionFileError
from stallapp.domain.petition import (
    ADDRESS_MODES,
    EMAIL_MODES,
    LANGUAGES,
    REQUIRED_TEXTS,
    TARGETS,
    TEXT_TABLES,
    Petition,
    Texts,
    content_hash,
)

# The Scottish Parliament takes petitions only through its own online system, and only on
# devolved national policy (DOMAIN.md); a sister-city tie is a council matter.
SCOTTISH_PARLIAMENT = (
    "stallapp does not collect for the Scottish Parliament: it takes petitions only through "
    "its own website, and only on devolved national matters. A city's sister-city tie is for "
    'its council: use target = "council" with the council\'s name'
)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
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
    "keep_counts",
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
            raise self.fail(f"{prefix}.{key}" if prefix else key, "must be true or false")
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
            keep_counts=self.flag(d, "keep_counts", ""),
        )
        self.check_kept_counts(petition)
        return _with_hash(petition)

    def check_kept_counts(self, petition: Petition) -> None:
        """What the notice says happens at the retention date must be what happens."""
        problem = kept_counts.notice_mismatch(petition)
        if problem is not None:
            raise self.fail("keep_counts", problem)


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
