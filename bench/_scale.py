"""Fill a coordinator vault with many merged signatures quickly, for benches at campaign scale.

Rows are built from a pool of synthetic signers (stallapp.services.rehearsal) and written in
large transactions with `executemany`, in the shape a merge leaves them: every row belongs
to a person (2% of rows repeat an earlier person), with provenance columns set, spread over
14 cities' stall events and four devices. Going through the capture service one signature at
a time would take hours at a million rows; this takes a few minutes.
"""

from __future__ import annotations

import random
import time
import uuid

from stallapp.domain import ink as inklib
from stallapp.domain.petition import Petition
from stallapp.domain.postcode import area_of
from stallapp.domain.signer import _RECEIPT_ALPHABET as RECEIPT_ALPHABET
from stallapp.services import near_keys, rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage import persons as person_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault

CITIES = (
    "Birmingham", "Edinburgh", "Exeter", "Glasgow", "Guildford", "Kingston", "Leeds",
    "Liverpool", "Newcastle", "Nottingham", "Perth", "Reading", "Sheffield", "Sutton",
)  # fmt: skip
POOL = 4000  # distinct signers and inks built with the real rules; rows reuse them
CHUNK = 20_000

_INSERT = (
    f"INSERT INTO signatures ({signature_store._COLUMNS}, device_id, likely_duplicate, "  # noqa: S608
    f"source_batch, person_id) VALUES ({signature_store.MARKS},?,0,?,?)"
)
# Persons and their near-match search keys are written through storage's own functions (as
# a merge writes them), so the fill follows the schema: without the keys a big vault would
# hide the cost of the key index from the merge bench.


def fill(vault: Vault, petition: Petition, count: int, seed: int = 7) -> float:
    """Add `count` merged signatures to a coordinator vault; returns the seconds taken."""
    start = time.perf_counter()
    rng = random.Random(seed)
    capture = CaptureService(vault)
    events = [
        capture.add_event(city=c, location="Scale", day=f"2026-11-{1 + i:02d}").id
        for i, c in enumerate(CITIES)
    ]
    pool = [
        signature_store.values(s) for s in rehearsal.signatures(petition, events[0], POOL, rng, 0.0)
    ]
    inks = [inklib.encode(rehearsal.ink(rng)) for _ in range(POOL // 4)]
    devices = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(4)]
    next_person = 1 + int(
        vault.conn.execute("SELECT coalesce(max(id), 0) FROM persons").fetchone()[0]
    )
    first, made = next_person, 0
    while made < count:
        rows, persons, keys = [], [], []
        for _ in range(min(CHUNK, count - made)):
            base = list(pool[rng.randrange(POOL)])
            if next_person > first and rng.random() < 0.02:
                person_id = rng.randrange(first, next_person)  # a repeat signer
            else:
                person_id = next_person
                next_person += 1
                key = f"{base[19].split('|')[0]} {person_id}|{base[19].split('|')[1]}"
                name_key, _, block = key.rpartition("|")
                area = area_of(block)
                persons.append((person_id, petition.id, key, block, area, name_key, base[8]))
                keys += [(person_id, petition.id, area, k) for k in near_keys.stored(name_key)]
                base[19] = key
            base[0] = uuid.UUID(int=rng.getrandbits(128)).hex
            base[3] = events[rng.randrange(len(events))]
            # A receipt code as capture draws it (40 random bits in the receipt alphabet),
            # so the receipt index is entered at random places, as in a real vault.
            bits = rng.getrandbits(40)
            code = "".join(RECEIPT_ALPHABET[(bits >> s) & 31] for s in range(35, -1, -5))
            base[18] = f"{code[:4]}-{code[4:]}"
            base[20] = inks[rng.randrange(len(inks))]
            rows.append((*base, devices[rng.randrange(4)], f"scale-{made // 1000}", person_id))
            made += 1
        with vault.transaction() as tx:
            person_store.add_many(tx, persons)
            person_store.add_search_keys(tx, keys, [])
            tx.executemany(_INSERT, rows)
    return time.perf_counter() - start
