"""A real fork on a real coordinator vault: the stall's vault goes back to an old copy.

Batch 1 (Ada) is imported; the stall's vault is restored from before that export, so it
seals a different batch 1 (Ada and Bo) and then batch 2 (Cy), which follows the second one.
Both wait in quarantine. Returns the uids the stall signed, by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import FORK, IMPORTED, QUARANTINED, Importer
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall


@dataclass(frozen=True)
class Fork:
    stall: Stall
    uids: dict[str, str]  # name -> uid


def make_fork(
    make_stall: Callable[..., Stall],
    coordinator: Vault,
    petition_id: str,
    tmp_path: Path,
    *,
    via_files: bool = False,
) -> Fork:
    """A stall restored from an old copy exports batch 1 again with other signers, then
    batch 2: both are quarantined. `via_files` imports those two as the screens do
    (`import_files`, which opens the next file ahead), else one by one."""
    a = make_stall("stall-a")
    uids: dict[str, str] = {}

    def sign(name: str) -> None:
        uids[name] = a.capture.record(
            petition_id,
            a.event_id,
            name=name,
            postcode="CV1 1LL",
            address="1 Mill Road",
            consent=True,
        ).uid

    importer = Importer(coordinator)
    sticks = [tmp_path / f"fork-stick{i}" for i in range(3)]
    for stick in sticks:
        stick.mkdir()
    sign("Ada Chan")
    first = export_batch(a.vault, sticks[0])
    assert first is not None
    assert importer.import_file(first.path).status == IMPORTED
    with a.vault.transaction() as tx:  # restored from a copy made before that export
        tx.execute("DELETE FROM batches_out")
        tx.execute("UPDATE signatures SET batch_seq = NULL")
    sign("Bo Wong")
    second = export_batch(a.vault, sticks[1])
    sign("Cy Lam")
    third = export_batch(a.vault, sticks[2])
    assert second is not None and third is not None
    if via_files:
        seen: list[Path] = []
        done = importer.import_files(
            [second.path, third.path], progress=lambda _n, _t, path, _o: seen.append(path)
        )
        assert seen == [second.path, third.path]
        assert [(path, o.status, o.reason) for path, o in done] == [
            (second.path, QUARANTINED, FORK),
            (third.path, QUARANTINED, FORK),
        ]
        return Fork(a, uids)
    for path in (second.path, third.path):
        outcome = importer.import_file(path)
        assert (outcome.status, outcome.reason) == (QUARANTINED, FORK) and "fork" in outcome.message
    return Fork(a, uids)
