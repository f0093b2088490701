"""A tiny strict schema checker: exact keys, exact types, bounded sizes.

Messages name the field path, never its value, since values can be personal data.

Each rule answers twice: `rule(value, path)` raises `Invalid` naming the first wrong field,
and `rule.ok(value)` gives the same decision as a bool without building any path. `validate`
asks `ok` first (a valid batch of 1,000 records then costs no path strings) and only for a
document it refuses asks the raising form, for the message: the decision is always the
raising form's (tests/sealing/test_schema_fast.py checks both agree on damaged documents).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from stallapp.sealing.envelope import DAMAGED, Rejected


class Invalid(Exception):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class Check:
    """One rule. A leaf rule refuses a value at its own path; `ok` is the same test."""

    __slots__ = ()

    def ok(self, value: Any) -> bool:
        raise NotImplementedError

    def __call__(self, value: Any, path: str) -> None:
        if not self.ok(value):
            raise Invalid(path)


class _Text(Check):
    __slots__ = ("match", "max_len", "optional")

    def __init__(self, max_len: int, pattern: str | None, optional: bool) -> None:
        self.max_len = max_len
        self.match = re.compile(pattern).fullmatch if pattern else None
        self.optional = optional

    def ok(self, value: Any) -> bool:
        if value is None and self.optional:
            return True
        if not isinstance(value, str) or len(value) > self.max_len:
            return False
        return self.match is None or self.match(value) is not None


def text(max_len: int, pattern: str | None = None, *, optional: bool = False) -> Check:
    return _Text(max_len, pattern, optional)


class _Const(Check):
    __slots__ = ("expected",)

    def __init__(self, expected: object) -> None:
        self.expected = expected

    def ok(self, value: Any) -> bool:
        return type(value) is type(self.expected) and bool(value == self.expected)


def const(expected: object) -> Check:
    return _Const(expected)


class _Integer(Check):
    __slots__ = ("hi", "lo", "optional")

    def __init__(self, lo: int, hi: int, optional: bool) -> None:
        self.lo, self.hi, self.optional = lo, hi, optional

    def ok(self, value: Any) -> bool:
        if value is None and self.optional:
            return True
        return type(value) is int and self.lo <= value <= self.hi


def integer(lo: int, hi: int, *, optional: bool = False) -> Check:
    return _Integer(lo, hi, optional)


class _Boolean(Check):
    __slots__ = ()

    def ok(self, value: Any) -> bool:
        return type(value) is bool


def boolean() -> Check:
    return _Boolean()


class _AnyObject(Check):
    __slots__ = ()

    def ok(self, value: Any) -> bool:
        return isinstance(value, dict)


def any_object() -> Check:
    return _AnyObject()


class _ListOf(Check):
    __slots__ = ("item", "max_items", "min_items")

    def __init__(self, item: Check, max_items: int, min_items: int) -> None:
        self.item, self.max_items, self.min_items = item, max_items, min_items

    def ok(self, value: Any) -> bool:
        if not isinstance(value, list) or not self.min_items <= len(value) <= self.max_items:
            return False
        item_ok = self.item.ok
        for element in value:  # noqa: SIM110 - a loop: all() over a generator is slower here
            if not item_ok(element):
                return False
        return True

    def __call__(self, value: Any, path: str) -> None:
        if not isinstance(value, list) or not self.min_items <= len(value) <= self.max_items:
            raise Invalid(path)
        for i, element in enumerate(value):
            self.item(element, f"{path}[{i}]")


def list_of(item: Check, max_items: int, min_items: int = 0) -> Check:
    return _ListOf(item, max_items, min_items)


class _Object(Check):
    __slots__ = ("expected", "fields", "oks", "required")

    def __init__(self, fields: Mapping[str, Check], may_omit: frozenset[str]) -> None:
        self.fields = dict(fields)
        self.expected = frozenset(fields)
        self.required = self.expected - may_omit
        self.oks = [(key, sub.ok) for key, sub in self.fields.items()]

    def ok(self, value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        keys = value.keys()
        if not (self.required <= keys and keys <= self.expected):
            return False
        for key, sub_ok in self.oks:  # noqa: SIM110 - as above
            if key in value and not sub_ok(value[key]):
                return False
        return True

    def __call__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict) or not self.required <= set(value) <= self.expected:
            raise Invalid(path or "document")
        for key, sub in self.fields.items():
            if key in value:
                sub(value[key], f"{path}.{key}" if path else key)


def obj(fields: Mapping[str, Check], may_omit: frozenset[str] = frozenset()) -> Check:
    """Exactly these keys; those in `may_omit` (fields added later) may be absent."""
    return _Object(fields, may_omit)


def validate(check: Check, value: Any, what: str) -> None:
    if check.ok(value):
        return
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
