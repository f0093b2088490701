"""All SQL lives in stallapp/storage: no other module runs a query or holds a statement."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import stallapp

PACKAGE = Path(stallapp.__file__).parent
RUNNERS = {"execute", "executemany", "executescript"}
STATEMENT = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b|\bPRAGMA\s+\w+", re.DOTALL
)


def _modules_outside_storage() -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if "storage" not in p.relative_to(PACKAGE).parts
    ]


def sql_uses(source: str) -> list[str]:
    """Each query run or SQL statement written in this module source, as 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in RUNNERS:
                found.append(f"{node.lineno}: .{node.func.attr}()")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and STATEMENT.search(node.value)
        ):
            found.append(f"{node.lineno}: SQL text {node.value[:40]!r}")
    return found


def test_the_check_sees_queries_and_statements() -> None:
    source = (
        "def f(tx, conn):\n"
        "    tx.execute(name)\n"
        "    conn.executemany(q, rows)\n"
        "    x = 'SELECT count(*) FROM persons'\n"
        "    y = ('UPDATE persons ' 'SET email = ?')\n"
        "    z = 'PRAGMA wal_checkpoint(TRUNCATE)'\n"
    )
    assert [u.split(":")[0] for u in sql_uses(source)] == ["2", "3", "4", "5", "6"]
    assert sql_uses("label = 'Select the rows you want to delete from the list'\n") == []


def test_no_sql_outside_storage() -> None:
    offenders = {}
    for path in _modules_outside_storage():
        uses = sql_uses(path.read_text(encoding="utf-8"))
        if uses:
            offenders[str(path.relative_to(PACKAGE))] = uses
    assert offenders == {}
