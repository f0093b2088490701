"""The Quarantine tab on a real coordinator vault with a real fork: both sides shown without
names, accept one (the other set aside with a reason), later batches flow, counts refresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stallapp.domain.petition import Petition
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage import audit
from stallapp.storage import quarantine_store as qstore
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from tests.support.forks import make_fork


def test_accept_a_fork_in_the_quarantine_tab(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    view = CoordinatorView(CoordinatorService(coordinator), WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    panel = view.quarantine
    assert view.tabs.indexOf(panel) >= 0
    assert panel.list.count() == 2
    shown = "\n".join(panel.list.item(i).text() for i in range(2))
    assert "Waiting: batch 1 from stall-a" in shown and "2 record(s)" in shown
    assert "Already merged as batch 1: 1 record(s)" in shown
    for name in ("Ada", "Bo", "Cy", "Chan", "Wong", "Lam"):
        assert name not in shown
    assert not panel.accept_button.isEnabled()  # a reason first
    qtbot.keyClicks(panel.reason, "the stall's vault was restored from a copy")
    assert panel.accept_button.isEnabled()

    with (
        qtbot.waitSignal(view.refreshed, timeout=20_000),
        qtbot.waitSignal(panel.settled, timeout=20_000) as blocker,
    ):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1, 1]
    assert panel.list.count() == 0 and "1 signature(s) added" in panel.status.text()
    assert view.count_labels["signatures"].text() == "3"
    uids = sorted(r[0] for r in coordinator.conn.execute("SELECT uid FROM signatures"))
    assert uids == sorted(fork.uids.values())
    assert qstore.quarantine_entries(coordinator.conn) == []
    aside = [
        q
        for q in qstore.quarantine_entries(coordinator.conn, only_open=False)
        if q.status == "set_aside"
    ]
    assert [q.decision_reason for q in aside] == ["the stall's vault was restored from a copy"]
    events = [e.event for e in audit.entries(coordinator.conn)]
    assert "quarantine_accepted" in events and "quarantine_set_aside" in events


def test_a_refused_decision_shows_one_message(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    service = CoordinatorService(coordinator)
    view = CoordinatorView(service, WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    from stallapp.services.campaign_pack import revoke

    revoke(coordinator, fork.stall.vault.device_id)
    panel = view.quarantine
    qtbot.keyClicks(panel.reason, "checking")
    with qtbot.waitSignal(panel.settle_failed, timeout=20_000) as blocker:
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert "revoked" in blocker.args[0]
    assert panel.list.count() == 2
