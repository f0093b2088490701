"""The volunteer page's batches, import receipts and erasure of received signers, and the
coordinator's receipt button, driven by qtbot on real vaults and files."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.receipt_writer import write_receipts
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator.receipt_panel import ReceiptWriterPanel
from stallapp.ui.stall.erase_received_dialog import EraseReceivedDialog
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.support.campaign import sign
from tests.support.kiosk_driver import unlock


def _lines(page: VolunteerPage) -> list[str]:
    box = page.receipts_panel.batches
    return [box.item(i).text() for i in range(box.count())]


def _answer_dialog(button: str) -> None:
    """Press `button` of the erase dialog once it is shown (it runs modally)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseReceivedDialog):
            QTimer.singleShot(10, press)
            return
        _answer_dialog.seen = dialog.text.text()  # type: ignore[attr-defined]
        getattr(dialog, button).click()

    QTimer.singleShot(0, press)


def test_volunteer_loads_a_receipt_and_erases_received_signers(
    qtbot,
    make_window,
    make_stall,
    importer: Importer,
    coordinator: Vault,
    sample_petition: Petition,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(a, sample_petition.id, "Bo Wong", "CV1 1LL")
    first = export_batch(a.vault, stick)
    assert first is not None and importer.import_file(first.path).status == "imported"
    sign(a, sample_petition.id, "Cheuk Lam", "CV1 1LL")
    assert export_batch(a.vault, stick) is not None  # batch 2: never reaches the coordinator
    (receipt,) = write_receipts(coordinator, stick)
    tampered = tmp_path / "tampered.stallreceipt"
    data = bytearray(receipt.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    folder = a.vault.folder
    a.vault.lock()

    window = make_window(folder)
    unlock(window)
    page = window.pages["volunteer"]
    assert isinstance(page, VolunteerPage)
    panel = page.receipts_panel
    assert page.count.text() == "3" and not page.erased_note.isVisible()
    assert [line.endswith("not yet received") for line in _lines(page)] == [True, True]
    assert panel.load.isEnabled() and not panel.erase.isEnabled()

    chosen = [tampered]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen[0]), ""))
    panel.load.click()
    qtbot.waitUntil(lambda: panel.load.isEnabled() and "Checking" not in panel.status.text())
    assert "signature does not match" in panel.status.text() or "damaged" in panel.status.text()
    assert [line.endswith("not yet received") for line in _lines(page)] == [True, True]

    chosen[0] = receipt.path
    with qtbot.waitSignal(panel.receipt_confirmed, timeout=20_000) as confirmed:
        panel.load.click()
    assert confirmed.args == [1]
    qtbot.waitUntil(panel.erase.isEnabled)
    assert "1 newly received" in panel.status.text()
    newest, oldest = _lines(page)
    assert oldest.startswith("Batch 1") and oldest.endswith("received, still on this laptop")
    assert newest.startswith("Batch 2") and newest.endswith("not yet received")

    _answer_dialog("keep")
    panel.erase.click()
    assert panel.status.text() == "Nothing was erased."
    assert page.count.text() == "3"

    _answer_dialog("erase")
    with qtbot.waitSignal(panel.received_erased, timeout=20_000) as erased:
        panel.erase.click()
    assert erased.args == [2]
    said = _answer_dialog.seen  # type: ignore[attr-defined]
    assert "1 batch(es)" in said and "2 signature(s)" in said and "stay here" in said
    qtbot.waitUntil(lambda: not panel.erase.isEnabled() and panel.load.isEnabled())
    assert page.count.text() == "3"  # still collected here: the count stays honest
    assert page.erased_note.isVisible()
    assert page.erased_note.text().startswith("2 of them received by the coordinator")
    assert panel.summary.text().startswith("2 signature(s) received by the coordinator")
    assert _lines(page)[1].endswith("received, erased from this laptop")
    session = window.session
    assert session is not None
    states = session.receipts.batches()
    assert [(b.received, b.on_device, b.erased) for b in states] == [(True, 0, 2), (False, 1, 0)]


def test_the_erase_dialog_keeps_everything_on_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseReceivedDialog(5, 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "2 batch(es)" in dialog.text.text() and "5 signature(s)" in dialog.text.text()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_coordinator_button_writes_one_receipt_per_stall(
    qtbot,
    jobs,
    make_stall,
    importer: Importer,
    coordinator: Vault,
    sample_petition: Petition,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    panel = ReceiptWriterPanel(functools.partial(write_receipts, coordinator), jobs)
    qtbot.addWidget(panel)
    panel.write_to(tmp_path)
    qtbot.waitUntil(lambda: panel.button.isEnabled() and "Writing" not in panel.status.text())
    assert panel.status.text() == "No batch has been imported yet: there is nothing to confirm."
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("stall-a", "stall-b"):
        stall = make_stall(name)
        sign(stall, sample_petition.id, "Dai Man", "CV1 1LL")
        done = export_batch(stall.vault, stick)
        assert done is not None and importer.import_file(done.path).status == "imported"
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(panel.receipts_written, timeout=20_000) as written:
        panel.write_to(out)
    assert written.args == [2]
    assert len(list(out.glob("receipt-*.stallreceipt"))) == 2
