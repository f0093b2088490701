"""The field rules at capture: each rule refuses its bad entry with its field code, and the
vault keeps nothing of it. One case per rule, so removing any one rule fails its case."""

from __future__ import annotations

from typing import Any

import pytest

from stallapp.domain.errors import Field, FieldError
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from tests.support.campaign import vault_hash

GOOD: dict[str, Any] = {
    "name": "Ada Chan",
    "postcode": "CV1 1LL",
    "address": "1 Mill Road",
    "consent": True,
}

CASES: dict[str, tuple[dict[str, Any], Field]] = {
    "no name": ({"name": "  "}, Field.NAME),
    "control character in name": ({"name": "Ada\u202eChan"}, Field.NAME),
    "formula in name": ({"name": "=HYPERLINK(1)"}, Field.NAME),
    "over-long name": ({"name": "A" * 500}, Field.NAME),
    "formula in address": ({"address": "@SUM(1)"}, Field.ADDRESS),
    "too many address lines": ({"address": "\n".join(["Line"] * 12)}, Field.ADDRESS),
    "no address where the petition wants one": ({"address": ""}, Field.ADDRESS),
    "not a postcode": ({"postcode": "NOT A PC"}, Field.POSTCODE),
    "over-long postcode": ({"postcode": "CV1 1LL" * 10}, Field.POSTCODE),
    "not an email": ({"email": "not-an-email"}, Field.EMAIL),
    "not a country": ({"country": "Z9"}, Field.COUNTRY),
    "abroad on a UK-only petition": ({"country": "FR", "postcode": "75001"}, Field.COUNTRY),
    "no consent": ({"consent": False}, Field.CONSENT),
    "unknown language": ({"language": "xx"}, Field.LANGUAGE),
    "unknown origin": ({"origin": "web"}, Field.ORIGIN),
    "paper without a serial": ({"origin": "paper", "sheet_row": 3}, Field.SHEET),
    "paper row out of range": (
        {"origin": "paper", "sheet_serial": "A-1", "sheet_row": 0},
        Field.ROW,
    ),
    "kiosk entry with a sheet": ({"sheet_serial": "A-1", "sheet_row": 3}, Field.SHEET),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_field_rule_at_capture(
    capture: CaptureService, stall_vault: Vault, event_id: str, sample_petition, case: str
) -> None:  # type: ignore[no-untyped-def]
    change, field = CASES[case]
    snapshot = vault_hash(stall_vault)
    with pytest.raises(FieldError) as refused:
        capture.record(sample_petition.id, event_id, **{**GOOD, **change})
    assert refused.value.field == field
    assert vault_hash(stall_vault) == snapshot
    # The same entry with the rule's field put right is stored.
    assert capture.record(sample_petition.id, event_id, **GOOD).code
