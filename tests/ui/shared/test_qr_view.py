"""The one QR widget: what it paints reads back as its text."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from stallapp.ui.shared.qr_view import QrView


def test_painted_code_reads_back(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = QrView("stallapp-fingerprint:041299813307662018735544", size=240)
    qtbot.addWidget(view)
    view.show()
    path = tmp_path / "qr.png"
    assert view.grab().save(str(path))
    with Image.open(path) as image:
        found = zxingcpp.read_barcodes(image.convert("L"))
    assert [r.text for r in found] == ["stallapp-fingerprint:041299813307662018735544"]
    view.clear()
    assert view.module_count() == 0


def test_receipt_with_a_fixed_mask_reads_back(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stallapp.printing import qr
    from stallapp.ui.kiosk.thank_you import RECEIPT_MASK

    for code in ("NNR9-PD7M", "A2B3-C4D5", "ZZZZ-ZZZZ"):
        view = QrView(code, size=220, mask=RECEIPT_MASK)
        qtbot.addWidget(view)
        view.show()
        path = tmp_path / "receipt.png"
        assert view.grab().save(str(path))
        with Image.open(path) as image:
            found = zxingcpp.read_barcodes(image.convert("L"))
        assert [r.text for r in found] == [code]
        # The mask really is fixed: the matrix differs from the best-scoring one for some
        # payloads, and is the same for every call.
        assert view._matrix == qr.matrix(code, mask=RECEIPT_MASK)
