"""Where the shipped resources are found, and that pyproject.toml packs all of them."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

import stallapp
from stallapp.system import resources
from stallapp.system.resources import (
    ResourcesMissing,
    find_resources,
    resource,
    resources_dir,
    sample_petition_path,
)

REPO = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]


def a_resources_folder(at: Path) -> Path:
    at.joinpath(*resources.MARKER).parent.mkdir(parents=True)
    at.joinpath(*resources.MARKER).write_bytes(b"font")
    return at


def test_a_checkout_reads_the_resources_of_its_own_tree() -> None:
    package = Path(stallapp.__file__).resolve().parent
    assert resources_dir() == package.parent / "resources"
    assert sample_petition_path() == resources_dir() / "petitions" / "sample.toml"
    assert sample_petition_path().is_file()
    assert resource("fonts", "DejaVuSans.ttf").is_file()


def test_inside_the_package_comes_first(tmp_path: Path) -> None:
    package = tmp_path / "stallapp"
    packaged = a_resources_folder(package / "_resources")
    a_resources_folder(tmp_path / "resources")
    (tmp_path / "pyproject.toml").write_text("")
    assert find_resources(package) == packaged


def test_a_checkout_has_them_beside_the_package(tmp_path: Path) -> None:
    package = tmp_path / "stallapp"
    package.mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    source = a_resources_folder(tmp_path / "resources")
    assert find_resources(package) == source


def test_site_packages_never_lends_a_stranger_s_resources_folder(tmp_path: Path) -> None:
    """An installed package without _resources fails, even if some other distribution left a
    resources/ folder in site-packages."""
    package = tmp_path / "site-packages" / "stallapp"
    package.mkdir(parents=True)
    a_resources_folder(tmp_path / "site-packages" / "resources")
    with pytest.raises(ResourcesMissing, match="reinstall stallapp"):
        find_resources(package)


def test_a_folder_without_the_fonts_does_not_count(tmp_path: Path) -> None:
    package = tmp_path / "stallapp"
    (package / "_resources" / "fonts").mkdir(parents=True)
    with pytest.raises(ResourcesMissing) as raised:
        find_resources(package)
    assert str(tmp_path) not in str(raised.value)


def resource_package(relative_folder: Path) -> str:
    """The wheel's package name of a folder of resources/ (fonts -> stallapp._resources.fonts)."""
    return ".".join(("stallapp", "_resources", *relative_folder.parts))


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    """pyproject.toml lists packages by hand (to map resources/ in); a new one must be added."""
    code = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "stallapp").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    folder = REPO / "resources"
    data = {resource_package(p.relative_to(folder)) for p in folder.rglob("*") if p.is_dir()}
    assert set(SETUPTOOLS["packages"]) == code | data | {"stallapp._resources"}
    assert SETUPTOOLS["package-dir"] == {"stallapp._resources": "resources"}


def test_every_run_time_resource_matches_a_package_data_glob() -> None:
    """A new file in resources/ must reach the wheel (and the frozen app, which reads the same
    globs): only the .ts translation sources stay behind."""
    package_data = SETUPTOOLS["package-data"]
    folder = REPO / "resources"
    for path in folder.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        globs = package_data.get(resource_package(path.parent.relative_to(folder)), [])
        packed = any(fnmatch(path.name, g) for g in globs)
        assert packed == (path.suffix != ".ts"), path.relative_to(folder).as_posix()
