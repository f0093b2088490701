"""Sealing and printing are pure formats and renderers: they never reach the vault."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import stallapp

PACKAGE = Path(stallapp.__file__).parent
FORBIDDEN = ("stallapp.storage", "stallapp.services", "sqlcipher3")


def imported_names(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def reaches_vault(source: str) -> list[str]:
    return sorted(
        n for n in imported_names(source) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)
    )


def test_the_check_sees_vault_imports() -> None:
    assert reaches_vault("from stallapp.storage.sealing_store import DeviceRow\n")
    assert reaches_vault("from stallapp import services\n") == ["stallapp.services"]
    assert reaches_vault("import stallapp.services.bundle_rows\n")
    assert reaches_vault("from stallapp.sealing import document\n") == []


@pytest.mark.parametrize("package", ["sealing", "printing"])
def test_package_never_imports_storage_or_services(package: str) -> None:
    offenders = {}
    for path in sorted((PACKAGE / package).rglob("*.py")):
        found = reaches_vault(path.read_text(encoding="utf-8"))
        if found:
            offenders[path.name] = found
    assert offenders == {}
