"""Receipt codes from one random read, and consent hashes computed once per petition."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain import signer
from stallapp.domain.petition import Petition
from stallapp.domain.signer import build_signature, new_receipt_code, normalise_receipt_code


def _sign(petition: Petition, **extra: object):  # type: ignore[no-untyped-def]
    return build_signature(
        petition,
        event_id="ev-1",
        name="Chan Tai Man",
        postcode="CV1 1LL",
        address="1 High Street",
        consent=True,
        **extra,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"\x00\x00\x00\x00\x00", "0000-0000"),
        (b"\xff\xff\xff\xff\xff", "ZZZZ-ZZZZ"),
        # 00001 00010 00011 00100 00101 00110 00111 01000: the digits 1 to 8, in order
        (bytes.fromhex("08864298e8"), "1234-5678"),
        # 11111 00000 ... : the first character takes the highest five bits
        (bytes.fromhex("f800000000"), "Z000-0000"),
        (bytes.fromhex("000000001f"), "0000-000Z"),
    ],
)
def test_receipt_code_is_five_random_bytes_in_base32(
    monkeypatch: pytest.MonkeyPatch, raw: bytes, code: str
) -> None:
    calls: list[int] = []

    def fixed(n: int) -> bytes:
        calls.append(n)
        return raw

    monkeypatch.setattr(signer.secrets, "token_bytes", fixed)
    assert new_receipt_code() == code
    assert calls == [5]  # one read of 40 bits, all of them used


def test_receipt_codes_use_the_whole_alphabet() -> None:
    seen = set()
    for _ in range(400):
        code = new_receipt_code()
        assert normalise_receipt_code(code) == code
        seen.update(code.replace("-", ""))
    assert len(seen) == 32


def test_consent_hash_follows_the_petition_not_a_stale_cache(sample_petition: Petition) -> None:
    other = replace(sample_petition, content_hash="another wording")
    for _ in range(2):  # the second round is served from the cache
        for petition in (sample_petition, other):
            sig = _sign(petition, language="zh-Hant", contact_consent=True)
            assert sig.consent_hash == petition.consent_hash("zh-Hant")
            assert sig.contact_consent_hash == petition.consent_hash("zh-Hant", contact=True)
            sig = _sign(petition)
            assert sig.consent_hash == petition.consent_hash("en")
    assert _sign(sample_petition).consent_hash != _sign(other).consent_hash
