from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.errors import PetitionFileError
from stallapp.domain.petition import content_hash, load_petition, parse_petition, petition_from_dict
from stallapp.system.resources import sample_petition_path


def sample_source() -> str:
    return sample_petition_path().read_text(encoding="utf-8")


def test_sample_has_commons_structure_in_three_languages() -> None:
    p = load_petition(sample_petition_path())
    assert p.target == "commons"
    assert p.languages() == ("en", "zh-Hant", "zh-Hans")
    assert p.prayer.get("en").startswith("The petitioners therefore request")
    assert p.petitioners.get("en") == "residents of the United Kingdom"
    assert len(p.content_hash) == 64


def test_hash_is_stable_and_follows_wording() -> None:
    a = parse_petition(sample_source())
    b = parse_petition(sample_source())
    assert a.content_hash == b.content_hash == content_hash(a)
    changed = parse_petition(sample_source().replace("Protect Hong Kongers", "Shield Hong Kongers"))
    assert changed.content_hash != a.content_hash
    # Retention is not wording: changing it keeps the hash.
    later = parse_petition(sample_source().replace("2027-12-31", "2028-01-31"))
    assert later.content_hash == a.content_hash


def test_round_trip_through_stored_form() -> None:
    p = parse_petition(sample_source())
    again = petition_from_dict(p.to_dict())
    assert again == p
    assert again.content_hash == p.content_hash


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s.replace('target = "commons"', 'target = "senate"'), "field 'target' (line 5)"),
        (
            lambda s: s.replace('id = "protect-hongkongers-uk"', 'id = "Bad Id!"'),
            "field 'id' (line 4)",
        ),
        (
            lambda s: s.replace("retention_until = 2027-12-31", 'retention_until = "soon"'),
            "field 'retention_until' (line 8)",
        ),
        (
            lambda s: s.replace('address = "full"', 'adress = "full"'),
            "field 'fields.adress' (line 15)",
        ),
        (lambda s: s.replace('contact = "privacy@example.org"', ""), "field 'controller.contact'"),
        (
            lambda s: s.replace("allow_non_uk = false", 'allow_non_uk = "no"'),
            "field 'fields.allow_non_uk' (line 17)",
        ),
        (
            lambda s: s.replace('en = "residents of the United Kingdom"', 'en = ""'),
            "field 'petitioners.en'",
        ),
        (
            lambda s: s.replace("signature_target = 5000", "signature_target = -3"),
            "field 'signature_target' (line 12)",
        ),
        (
            lambda s: s.replace('online_url = "https://', 'online_url = "http://'),
            "field 'online_url' (line 7)",
        ),
    ],
)
def test_bad_fields_name_field_and_line(edit, expected: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PetitionFileError) as info:
        parse_petition(edit(sample_source()), "p.toml")
    assert expected in str(info.value)
    assert str(info.value).startswith("p.toml: ")


def test_missing_table_is_reported() -> None:
    source = sample_source()
    start = source.index("[prayer]")
    end = source.index("[privacy_notice]")
    with pytest.raises(PetitionFileError, match=r"field 'prayer'.*missing"):
        parse_petition(source[:start] + source[end:])


def test_toml_syntax_error_gives_line() -> None:
    with pytest.raises(PetitionFileError, match="line 2"):
        parse_petition('format = 1\nid = "unterminated\n')


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PetitionFileError, match="Cannot read"):
        load_petition(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes("title = 'caf\xe9'".encode("latin-1"))
    with pytest.raises(PetitionFileError, match="UTF-8"):
        load_petition(bad)


@pytest.mark.parametrize(
    "value",
    [
        "2027-12-31T00:00:00",  # a TOML local datetime
        "2027-12-31T00:00:00Z",  # an offset datetime
        '"2027-12-31T00:00:00"',  # the same as text
        '"20271231"',  # a date Python would read, but not the stored form
        "true",
        "20271231",
    ],
)
def test_retention_must_be_a_day(value: str) -> None:
    source = sample_source().replace("retention_until = 2027-12-31", f"retention_until = {value}")
    with pytest.raises(PetitionFileError, match=r"retention_until.*without a time"):
        parse_petition(source, "p.toml")


def test_stored_definitions_are_checked_as_strictly() -> None:
    data = parse_petition(sample_source()).to_dict()
    for bad in ("2027-12-31T00:00:00", 20271231, None):
        with pytest.raises(PetitionFileError, match="retention_until"):
            petition_from_dict({**data, "retention_until": bad})
    with pytest.raises(PetitionFileError, match="format"):
        petition_from_dict({**data, "format": True})
