"""A receipt code drawn before Sign (the kiosk draws the next one while the form is filled,
so its QR is ready): stored as given, replaced if already in use, refused if not one of
ours, and the vault keeps nothing of a refused entry."""

from __future__ import annotations

from typing import Any

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import new_receipt_code, normalise_receipt_code
from stallapp.services.capture import CaptureService
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault
from tests.support.campaign import vault_hash

GOOD: dict[str, Any] = {
    "name": "Ada Chan",
    "postcode": "CV1 1LL",
    "address": "1 Mill Road",
    "consent": True,
}


def test_a_code_drawn_ahead_is_the_one_stored(
    capture: CaptureService, stall_vault: Vault, event_id: str, sample_petition
) -> None:  # type: ignore[no-untyped-def]
    code = new_receipt_code()
    receipt = capture.record(sample_petition.id, event_id, **GOOD, receipt_code=code)
    assert receipt.code == code
    assert signature_store.receipt_in_use(stall_vault.conn, code)


def test_a_code_already_in_use_is_replaced(
    capture: CaptureService, stall_vault: Vault, event_id: str, sample_petition
) -> None:  # type: ignore[no-untyped-def]
    first = capture.record(sample_petition.id, event_id, **GOOD).code
    second = capture.record(
        sample_petition.id, event_id, **{**GOOD, "name": "Bo Lam"}, receipt_code=first
    ).code
    assert second != first and normalise_receipt_code(second) == second
    assert signature_store.receipt_in_use(stall_vault.conn, second)
    assert capture.count(petition_id=sample_petition.id) == 2


@pytest.mark.parametrize("code", ["abcd-efgh", "ABCD-EFG", "ABCDEFGH", "ABCD-EFGI", "", "X" * 9])
def test_a_code_not_drawn_by_us_is_refused(
    capture: CaptureService, stall_vault: Vault, event_id: str, sample_petition, code: str
) -> None:  # type: ignore[no-untyped-def]
    snapshot = vault_hash(stall_vault)
    with pytest.raises(BadInput):
        capture.record(sample_petition.id, event_id, **GOOD, receipt_code=code)
    assert vault_hash(stall_vault) == snapshot
