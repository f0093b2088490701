"""Result lines of an import, phrased by the screen in its own language from the outcome's
codes and counts: real batches, a real fork, a real oversized file, in Traditional Chinese."""

from __future__ import annotations

import os
import re
from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.sealing.opening import MAX_BATCH_BYTES
from stallapp.services.batch_export import export_batch
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from tests.support.campaign import sign
from tests.support.forks import make_fork

LATIN_WORD = re.compile(r"[A-Za-z]+")


def _lines(qtbot, view: CoordinatorView, paths: list[Path]) -> list[str]:  # type: ignore[no-untyped-def]
    """Import `paths` through the screen: each file's result line after its name, in order."""
    with qtbot.waitSignal(view.import_finished, timeout=30_000):
        view.start_import(paths)
    assert view.results.count() == len(paths)
    out = []
    for i, path in enumerate(paths):
        text = view.results.item(i).text()
        assert text.startswith(path.name)
        out.append(text[len(path.name) :])
    return out


def test_result_lines_are_chinese_in_the_chinese_ui(
    qtbot,
    jobs,
    translations,
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    a, b = make_stall("stall-c", "Coventry"), make_stall("stall-d", "Leeds")
    sign(a, sample_petition.id, "Chan Tai Man", "CV1 1LL")
    sign(b, sample_petition.id, "Chan Tai Man", "CV1 1LL")  # the same person
    sign(b, sample_petition.id, "Cheuk Lam", "LS1 6HP")
    first = export_batch(a.vault, stick)
    second = export_batch(b.vault, stick)
    assert first is not None and second is not None
    fork = tmp_path / "fork"
    fork.mkdir()
    make_fork(make_stall, coordinator, sample_petition.id, fork)  # 1 imported, 2 set aside
    forked = sorted(p for d in sorted(fork.iterdir()) for p in d.iterdir())
    big = tmp_path / "big.stallbatch"
    with big.open("wb") as f:
        os.truncate(f.fileno(), MAX_BATCH_BYTES + 1)  # sparse: no disk used

    translations.set_language("zh-Hant")
    try:
        view = CoordinatorView(
            CoordinatorService(coordinator), WithdrawalService(coordinator), jobs
        )
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: not view.busy)
        lines = _lines(qtbot, view, [first.path, second.path])
        lines += _lines(qtbot, view, [first.path, *forked, big])
    finally:
        translations.set_language("en")

    assert lines == [
        "：已匯入，1 個簽名",
        "：已匯入，2 個簽名，其中 1 個與之前已計的人相符",
        "：之前已匯入",  # the same file again
        "：之前已匯入",  # the fork's first batch, imported before it forked
        "：已擱置（隔離），等候決定",  # the fork's two batches wait for a decision
        "：已擱置（隔離），等候決定",
        "：已拒絕：檔案太大，不可能是批次檔案",
    ]
    for rest in lines:
        assert LATIN_WORD.findall(rest) == [], rest


def test_a_refusal_without_a_code_shows_the_english_detail_second(
    qtbot, jobs, translations, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.stallbatch"
    junk.write_bytes(b"age-encryption.org/v1\ngarbage")
    translations.set_language("zh-Hant")
    try:
        view = CoordinatorView(
            CoordinatorService(coordinator), WithdrawalService(coordinator), jobs
        )
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: not view.busy)
        (line,) = _lines(qtbot, view, [junk])
    finally:
        translations.set_language("en")
    generic, detail = line.split(" — ")
    assert generic == "：已拒絕：無法匯入這個檔案"
    assert LATIN_WORD.search(detail)  # the service's English reason, after the Chinese text


def test_english_lines_read_as_english(
    qtbot,
    jobs,
    translations,
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a", "Coventry")
    sign(a, sample_petition.id, "Chan Tai Man", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    view = CoordinatorView(CoordinatorService(coordinator), WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy)
    assert _lines(qtbot, view, [done.path]) == [": imported, 1 signature"]
