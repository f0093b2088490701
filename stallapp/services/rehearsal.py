"""Synthetic signers with synthetic ink, for training volunteers and for benchmarks.

Every name, address and postcode here is generated; none is a real person's. Rehearsal
data only ever goes into a vault created with the rehearsal flag.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from stallapp.domain import ink as inklib
from stallapp.domain.errors import RehearsalMismatch
from stallapp.domain.petition import Petition
from stallapp.domain.signer import Signature, build_signature
from stallapp.services.rehearsal_ink import handwriting
from stallapp.storage import audit
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault

_GIVEN = (
    "Ada",
    "Bo",
    "Cheuk",
    "Daisy",
    "Eason",
    "Fai",
    "Grace",
    "Hin",
    "Iris",
    "Jun",
    "Kit",
    "Lok",
    "Mei",
    "Nok",
    "Oscar",
    "Pui",
    "Queenie",
    "Rex",
    "Sum",
    "Tsz",
    "Wing",
    "Yan",
)
_FAMILY = (
    "Au",
    "Chan",
    "Cheung",
    "Chow",
    "Fung",
    "Ho",
    "Kwan",
    "Lam",
    "Lau",
    "Lee",
    "Leung",
    "Ma",
    "Mak",
    "Ng",
    "Poon",
    "Siu",
    "Tang",
    "Tse",
    "Wong",
    "Yeung",
    "Yip",
)
_STREETS = ("Mill", "Station", "Church", "Park", "Victoria", "Albert", "Queen", "Canal")
_KINDS = ("Road", "Street", "Lane", "Close", "Avenue")
# Outward codes near the campaign's stall cities; inward codes are drawn at random.
_OUTWARD = (
    "CV1",
    "L1",
    "B5",
    "EH1",
    "EX4",
    "G2",
    "GU1",
    "KT1",
    "LS1",
    "NE1",
    "NG1",
    "PH1",
    "RG1",
    "S1",
    "SM1",
    "BA1",
)
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True)
class SyntheticPerson:
    name: str
    address: str
    postcode: str
    email: str | None


def person(rng: random.Random) -> SyntheticPerson:
    given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
    middle = rng.choice(_GIVEN) if rng.random() < 0.4 else ""
    name = " ".join(p for p in (given, middle, family) if p)
    street = f"{rng.randint(1, 240)} {rng.choice(_STREETS)} {rng.choice(_KINDS)}"
    code = (
        f"{rng.choice(_OUTWARD)} {rng.randint(1, 9)}"
        f"{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"
    )
    email = f"{given.lower()}.{family.lower()}{rng.randint(1, 999)}@example.org"
    return SyntheticPerson(name, street, code, email if rng.random() < 0.3 else None)


def ink(rng: random.Random, width: float = 600.0, height: float = 200.0) -> inklib.Ink:
    """A plausible handwritten signature, sampled as the kiosk's pad samples a pen
    (`rehearsal_ink.handwriting`): smooth joined letters, pen lifts, dots."""
    return handwriting(rng, width, height)


def signatures(
    petition: Petition, event_id: str, count: int, rng: random.Random, repeat_rate: float = 0.0
) -> list[Signature]:
    """`count` synthetic signatures; a share `repeat_rate` repeat an earlier person."""
    made: list[SyntheticPerson] = []
    out = []
    for _ in range(count):
        if made and rng.random() < repeat_rate:
            who = rng.choice(made)
        else:
            who = person(rng)
            made.append(who)
        out.append(
            build_signature(
                petition,
                event_id=event_id,
                name=who.name,
                address=who.address if petition.address_mode == "full" else "",
                postcode=who.postcode,
                email=who.email if petition.email_mode == "optional" else None,
                consent=True,
                contact_consent=petition.contact_consent is not None and rng.random() < 0.3,
                language=rng.choice(petition.languages()),
                ink=inklib.encode(ink(rng)),
            )
        )
    return out


def generate(
    vault: Vault,
    petition: Petition,
    event_id: str,
    count: int,
    *,
    seed: int | None = None,
    repeat_rate: float = 0.0,
    chunk: int = 500,
) -> int:
    """Add `count` synthetic signers to a rehearsal vault, committed in chunks."""
    if not vault.rehearsal:
        raise RehearsalMismatch(
            "This is a real vault. Rehearsal data goes only into a rehearsal vault "
            "(stallapp init --rehearsal, in another folder)."
        )
    rng = random.Random(seed)
    made = signatures(petition, event_id, count, rng, repeat_rate)
    for start in range(0, len(made), chunk):
        with vault.transaction() as tx:
            for sig in made[start : start + chunk]:
                duplicate = signature_store.has_dedupe_key(tx, sig.petition_id, sig.dedupe_key)
                signature_store.insert(tx, sig, vault.device_id, duplicate)
    with vault.transaction() as tx:
        audit.append(tx, "rehearsal_generated", count=count)
    return count
