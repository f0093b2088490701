"""Asking a yes/no question on a terminal; never guessing when there is none."""

from __future__ import annotations

import sys

from stallapp.domain.errors import BadInput


def ask(question: str, *, refuse_hint: str) -> bool:
    if not sys.stdin.isatty():
        raise BadInput(f"Not confirmed: no terminal to ask on. {refuse_hint}")
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")
