"""A tiny strict schema checker: exact keys, exact types, bounded sizes.

Messages name the field path, never its value, since values can be personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from stallapp.sealing.envelope import DAMAGED, Rejected

Check = Callable[[Any, str], None]


class Invalid(Exception):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def text(max_len: int, pattern: str | None = None, *, optional: bool = False) -> Check:
    regex = re.compile(pattern) if pattern else None

    def check(value: Any, path: str) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or len(value) > max_len:
            raise Invalid(path)
        if regex is not None and not regex.fullmatch(value):
            raise Invalid(path)

    return check


def const(expected: object) -> Check:
    def check(value: Any, path: str) -> None:
        if type(value) is not type(expected) or value != expected:
            raise Invalid(path)

    return check


def integer(lo: int, hi: int, *, optional: bool = False) -> Check:
    def check(value: Any, path: str) -> None:
        if value is None and optional:
            return
        if type(value) is not int or not lo <= value <= hi:
            raise Invalid(path)

    return check


def boolean() -> Check:
    def check(value: Any, path: str) -> None:
        if type(value) is not bool:
            raise Invalid(path)

    return check


def any_object() -> Check:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise Invalid(path)

    return check


def list_of(item: Check, max_items: int, min_items: int = 0) -> Check:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, list) or not min_items <= len(value) <= max_items:
            raise Invalid(path)
        for i, element in enumerate(value):
            item(element, f"{path}[{i}]")

    return check


def obj(fields: Mapping[str, Check], may_omit: frozenset[str] = frozenset()) -> Check:
    """Exactly these keys; those in `may_omit` (fields added later) may be absent."""
    expected = set(fields)
    required = expected - may_omit

    def check(value: Any, path: str) -> None:
        if not isinstance(value, dict) or not required <= set(value) <= expected:
            raise Invalid(path or "document")
        for key, sub in fields.items():
            if key in value:
                sub(value[key], f"{path}.{key}" if path else key)

    return check


def validate(check: Check, value: Any, what: str) -> None:
    try:
        check(value, "")
    except Invalid as exc:
        where = exc.path or "document"
        raise Rejected(
            f"The {what} is damaged (the field '{where}' is missing or wrong).", DAMAGED
        ) from None


HEX16 = r"[0-9a-f]{16}"
HEX32 = r"[0-9a-f]{32}"
HEX64 = r"[0-9a-f]{64}"
B64KEY = r"[A-Za-z0-9+/]{43}="
STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z"
FINGERPRINT = r"\d{4}( \d{4}){5}"
RECIPIENT = r"age1[02-9ac-hj-np-z]{58}"
