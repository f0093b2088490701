"""`stallapp petition add` prints the check's warnings and `--strict` refuses; the shipped
petitions all pass; `stallapp print notice` writes the privacy notice handout."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.domain.petition import load_petition
from stallapp.printing import wording
from stallapp.system.resources import resource, sample_petition_path

PASS = "correct horse battery staple"


@pytest.fixture
def data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("STALLAPP_PASSPHRASE", PASS)
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--role", "stall"]) == 0
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_every_shipped_petition_passes_strict(data: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for path in sorted(resource("petitions").glob("*.toml")):
        assert run(data, "petition", "add", "--strict", str(path)) == 0, path.name
        assert "warning:" not in capsys.readouterr().err


def test_warnings_go_to_stderr_and_strict_adds_nothing(data: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = sample_petition_path().read_text(encoding="utf-8")
    weak = tmp_path / "weak.toml"
    weak.write_text(source.replace("withdraw", "remove").replace("撤回", "取消"), encoding="utf-8")
    capsys.readouterr()
    assert run(data, "petition", "add", "--strict", str(weak)) == 2
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3  # how to withdraw, in each of three languages
    assert all("how to withdraw" in line for line in warnings)
    assert run(data, "petition", "list") == 0
    assert capsys.readouterr().out == ""
    assert run(data, "petition", "add", str(weak)) == 0
    captured = capsys.readouterr()
    assert captured.err.count("warning:") == 3 and "added" in captured.out


@pytest.mark.parametrize("fmt", ["a5", "a6"])
def test_print_notice_writes_the_handout_with_its_version(
    data: Path, tmp_path: Path, capsys, pdf, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    path = resource("petitions", "commons-city-diplomacy.toml")
    petition = load_petition(path)
    assert run(data, "petition", "add", str(path)) == 0
    out = tmp_path / f"notice-{fmt}.pdf"
    assert (
        run(data, "print", "notice", "--petition", petition.id, "--format", fmt, "--out", str(out))
        == 0
    )
    version = wording.short_version(petition.notice_version())
    assert version in capsys.readouterr().out
    pages = pdf.pages(out)
    assert len(pages) >= 3
    flat = pdf.squash(" ".join(pages))
    assert flat.count(version) == len(pages)  # on every page
    for lang in ("en", "zh-Hant", "zh-Hans"):
        assert pdf.squash(petition.title.get(lang)) in flat
        for line in petition.privacy_notice.get(lang).splitlines()[:3]:
            assert pdf.squash(line) in flat
    assert "handwrittensignaturesonpapercount" in flat
    width, height = pdf.page_size_pt(out)
    assert (round(width), round(height)) == ((420, 595) if fmt == "a5" else (298, 420))
