"""Live, work or study: asked at the kiosk only when the petition requires it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.errors import Field
from stallapp.domain.petition import Petition, load_petition
from stallapp.system.resources import resource
from stallapp.ui.kiosk.kiosk_form import KioskForm


def test_asked_for_a_council_petition_that_requires_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    sheffield = load_petition(resource("petitions", "council-sheffield.toml"))
    form = KioskForm(sheffield, "en")
    qtbot.addWidget(form)
    form.show()
    assert set(form.connection_buttons) == {"live", "work", "study"}
    assert "Sheffield City Council" in form.connection_label.text()
    assert not form.has_input()
    form.consent.setChecked(True)
    assert not form.check_local()
    assert form.error.property("field") == Field.CONNECTION
    assert form.error.text() == "Please choose whether you live, work or study in the area."
    QTest.mouseClick(form.connection_buttons["work"], Qt.MouseButton.LeftButton)
    assert form.error.text() == ""
    assert form.values()["connection"] == "work"
    form.retranslate("zh-Hant")
    assert form.connection_buttons["work"].isChecked()
    form.wipe()
    assert form.chosen_connection() is None and form.values()["connection"] is None


def test_not_asked_otherwise(qtbot, sample_petition: Petition) -> None:  # type: ignore[no-untyped-def]
    form = KioskForm(sample_petition, "en")
    qtbot.addWidget(form)
    assert form.connection_buttons == {} and form.connection is None
    assert form.values()["connection"] is None
