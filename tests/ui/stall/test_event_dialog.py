"""The new-event dialog: a refused field gets the cursor, and nothing is created."""

from __future__ import annotations

from stallapp.services.capture import CaptureService
from stallapp.ui.stall.event_dialog import EventDialog


def test_the_field_named_by_the_error_gets_the_cursor(qtbot, capture: CaptureService) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(capture)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.city.setText("Leeds")
    dialog.location.setText("Briggate")
    dialog.start.setText("15:00")
    dialog.end.setText("14:00")
    dialog.try_save()
    assert dialog.created is None
    assert "end time" in dialog.message.text()
    assert dialog.focusWidget() is dialog.end
    dialog.end.setText("16:00")
    dialog.city.setText("")
    dialog.try_save()
    assert dialog.created is None
    assert dialog.focusWidget() is dialog.city
    dialog.city.setText("Leeds")
    dialog.try_save()
    assert dialog.created is not None and dialog.created.city == "Leeds"
