"""The one postcode lookup: NSPL/ONSPD layout, code-to-name files, one size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain import constituency
from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.errors import BadInput
from tests.support.nspl import write_names, write_nspl

ROWS = [
    ("S1 2HE", "E14001490", "E05010863"),
    ("S10 2TN", "E14001489", "E05010870"),
    ("CV1 1LL", "E14001180", "E05001218"),
]


def test_nspl_layout_with_names(tmp_path: Path) -> None:
    data = write_nspl(tmp_path, ROWS, "NSPL_SYNTH_2026_UK")
    seats = write_names(
        tmp_path, "pcon.csv", "PCON24", {"E14001490": "Sheffield Central (synthetic)"}
    )
    wards = write_names(tmp_path, "wards.csv", "WD24", {"E05010863": "City (synthetic)"})
    lookup = PostcodeLookup.load(data, (seats, wards))
    assert lookup.release == "NSPL_SYNTH_2026_UK"
    assert lookup.constituency("s12he") == "Sheffield Central (synthetic)"
    assert lookup.ward("S1 2HE") == "City (synthetic)"
    # A code without a name in the names files is shown as its code, never as a postcode.
    assert lookup.constituency("S10 2TN") == "E14001489"
    assert lookup.constituency("ZZ1 1ZZ") is None
    only = PostcodeLookup.load(data, wanted={"CV11LL"})
    assert len(only) == 1 and only.ward("CV1 1LL") == "E05001218"


def test_onspd_uses_osward(tmp_path: Path) -> None:
    path = tmp_path / "ONSPD_SYNTH.csv"
    path.write_text("pcd,pcd2,pcds,osward,pcon\nS1  2HE,S1  2HE,S1 2HE,E05010863,E14001490\n")
    lookup = PostcodeLookup.load(path)
    assert (lookup.constituency("S1 2HE"), lookup.ward("S1 2HE")) == ("E14001490", "E05010863")


def test_unknown_layouts_are_refused_with_one_clear_message(tmp_path: Path) -> None:
    # The old two-column shape without a header put the second column (a postcode, in the
    # NSPL) into the constituency column; now a file without the named columns is refused.
    headless = tmp_path / "x.csv"
    headless.write_text("S1  2HE,S1  2HE,S1 2HE,E14001490\n")
    with pytest.raises(BadInput, match="not a postcode directory layout"):
        PostcodeLookup.load(headless)
    names = tmp_path / "n.csv"
    names.write_text("a,b\n1,2\n")
    with pytest.raises(BadInput, match="not a names and codes file"):
        PostcodeLookup.load(write_nspl(tmp_path, ROWS, "R"), (names,))
    short = tmp_path / "short.csv"
    short.write_text("pcds,pcon\nS1 2HE\n")
    with pytest.raises(BadInput, match="line 2"):
        PostcodeLookup.load(short)


def test_one_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_nspl(tmp_path, ROWS, "R")
    monkeypatch.setattr(constituency, "MAX_BYTES", data.stat().st_size - 1)
    with pytest.raises(BadInput, match="too large"):
        PostcodeLookup.load(data)
