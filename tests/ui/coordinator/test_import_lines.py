"""Result lines of an import, phrased by the screen in its own language from the outcome's
codes and counts: real batches, a real fork, a real oversized file, in Traditional Chinese."""

from __future__ import annotations

import os
import re
from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.sealing.opening import MAX_BATCH_BYTES
from stallapp.services import batch_import as merge
from stallapp.services.batch_export import export_batch
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from stallapp.ui.coordinator.import_lines import ImportLines
from tests.support.campaign import sign
from tests.support.forks import make_fork
from tests.support.resealing import Doc, reseal

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


def test_refusals_of_the_sealing_layer_are_phrased_in_chinese(
    qtbot,
    jobs,
    translations,
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """Each refusal raised while opening a batch carries a code, so a Chinese screen shows
    no English: a damaged file, a file that is no batch, an unenrolled device, a record
    that breaks a capture rule (named by its number and field, never its value)."""
    junk = tmp_path / "junk.stallbatch"
    junk.write_bytes(b"age-encryption.org/v1\ngarbage")
    plain = tmp_path / "notes.stallbatch"
    plain.write_bytes(b"just some notes")
    stranger = make_stall("stall-x", enrol=False)
    sign(stranger, sample_petition.id, "Chan Tai Man", "CV1 1LL")
    (tmp_path / "x").mkdir()
    unknown = export_batch(stranger.vault, tmp_path / "x")
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Chan Tai Man", "CV1 1LL")
    sign(a, sample_petition.id, "Lee Ka Yan", "CV1 2AB")
    (tmp_path / "a").mkdir()
    done = export_batch(a.vault, tmp_path / "a")
    assert unknown is not None and done is not None

    def bad_postcode(doc: Doc) -> None:
        doc["records"][1]["postcode"] = "NOT A PC"

    broken = tmp_path / "broken.stallbatch"
    broken.write_bytes(reseal(coordinator, a.vault, done.path.read_bytes(), bad_postcode))
    translations.set_language("zh-Hant")
    try:
        view = CoordinatorView(
            CoordinatorService(coordinator), WithdrawalService(coordinator), jobs
        )
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: not view.busy)
        lines = _lines(qtbot, view, [junk, plain, unknown.path, broken])
    finally:
        translations.set_language("en")
    assert lines == [
        "：已拒絕：無法開啟：檔案已損壞，或是為另一位統籌人封存的",
        "：已拒絕：這不是已封存的 stallapp 批次檔案",
        "：已拒絕：它的裝置未在這裡登記；請先核對指紋，然後登記",
        "：已拒絕：第 2 項紀錄不符合「郵編」欄的規則；沒有匯入任何資料",
    ]
    for rest in lines:
        assert LATIN_WORD.findall(rest) in ([], ["stallapp"]), rest


def test_a_refusal_without_a_code_shows_the_english_detail_second(translations) -> None:  # type: ignore[no-untyped-def]
    outcome = merge.Outcome(merge.REFUSED, "The vault is busy.")
    translations.set_language("zh-Hant")
    try:
        line = ImportLines().line("b.stallbatch", outcome)
    finally:
        translations.set_language("en")
    generic, detail = line.split(" — ")
    assert generic == "b.stallbatch：已拒絕：無法匯入這個檔案"
    assert detail == "The vault is busy."


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
