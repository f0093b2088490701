"""The stallapp command line: Qt-free verbs for scripting, tests and coordinators.

Errors print one line on stderr; exit code 2 for bad input, 1 for other failures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from stallapp import __version__
from stallapp.cli import (
    basic,
    batch,
    device,
    keys,
    person,
    printing,
    rehearse,
    report,
    status,
    vault_admin,
)
from stallapp.cli.context import Context
from stallapp.domain.errors import StallappError

# Each module adds its verbs with register(subparsers). New verbs: add a module here.
COMMAND_MODULES = (
    basic,
    status,
    rehearse,
    vault_admin,
    keys,
    device,
    batch,
    report,
    person,
    printing,
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--passphrase X" must never be taken for "--passphrase-file X".
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # Never echo what was typed: a mistyped flag may carry a passphrase or a name.
        if "invalid choice" in message:
            message = message.split(":")[0] + ": not a known choice"
        elif message.startswith("unrecognized arguments"):
            message = "unrecognized arguments"
        elif "invalid" in message and "value" in message:
            message = message.split(":")[0] + ": invalid value"
        sys.stderr.write(f"stallapp: {message} (see stallapp --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stallapp", description="Offline, encrypted petition signatures.")
    parser.add_argument("--version", action="version", version=f"stallapp {__version__}")
    Context.add_global_arguments(parser)
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        if args.verb is None:
            args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
        else:
            parser.print_help()
            return 2
    ctx = Context.from_args(args)
    try:
        return int(args.func(args, ctx) or 0)
    except StallappError as exc:
        sys.stderr.write(f"stallapp: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("stallapp: cancelled.\n")
        return 130
    except OSError as exc:
        sys.stderr.write(f"stallapp: a file could not be read or written: {exc.strerror}.\n")
        return 1
    finally:
        ctx.close()
