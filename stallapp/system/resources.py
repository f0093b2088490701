"""Locating the files shipped in resources/: fonts, translation catalogues, templates and the
sample petition.

The repository keeps them at its top, in resources/. A built wheel carries them inside the
package as stallapp/_resources (pyproject.toml maps the folder there) and so does the frozen
app (packaging/stallapp.spec). Both are found the same way: through importlib.resources on
the imported stallapp package, looking first inside it (wheel, frozen app) and then, only in
a source checkout (pyproject.toml beside the package; PYTHONPATH=. or an editable install),
beside it. Resources always come from the same tree as the code that reads them.

Qt's translator and ReportLab open files by name, so callers get real paths on disk: a wheel
installed by pip is unpacked, and a zipped install is refused with a clear message.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "stallapp"
PACKAGED_NAME = "_resources"  # inside the package: wheel and frozen app
SOURCE_NAME = "resources"  # beside the package: source checkout
# A folder only counts as the resources when it holds what printing cannot do without.
MARKER = ("fonts", "DejaVuSans.ttf")


class ResourcesMissing(RuntimeError):
    """The installation has no resources folder: a packaging bug, not a user's mistake."""


def candidates(package_dir: Path) -> list[Path]:
    """Where the resources may be, in the order looked at, for a package folder. Beside the
    package only in a source checkout (its pyproject.toml is there), never in site-packages."""
    found = [package_dir / PACKAGED_NAME]
    if (package_dir.parent / "pyproject.toml").is_file():
        found.append(package_dir.parent / SOURCE_NAME)
    return found


def find_resources(package_dir: Path) -> Path:
    for folder in candidates(package_dir):
        if folder.joinpath(*MARKER).is_file():
            return folder
    raise ResourcesMissing(
        "stallapp's resources (fonts, translations) are missing from the installed package: "
        "reinstall stallapp from a complete wheel"
    )


@cache
def resources_dir() -> Path:
    package = files(PACKAGE)
    if not isinstance(package, Path):
        raise ResourcesMissing(
            "stallapp is installed zipped; its fonts and translations must be files on disk: "
            "install it with pip (unpacked)"
        )
    return find_resources(package)


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_petition_path() -> Path:
    return resource("petitions", "sample.toml")
