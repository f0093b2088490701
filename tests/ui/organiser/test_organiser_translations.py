"""The organiser and printing screens in Chinese, from the shipped Qt catalogues."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from stallapp.system.resources import resource
from stallapp.ui.organiser.organiser_screen import OrganiserScreen
from stallapp.ui.organiser.pdf_preview import PdfPreview

LANGS = ("en", "zh_Hant", "zh_Hans")


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    tree = ET.parse(resource("translations", f"stallapp_organiser_{lang}.ts"))  # noqa: S314 (our own shipped file)
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(forms), message.findtext("source")


@pytest.mark.parametrize(
    ("lang", "warnings", "print_label"),
    [("zh_Hant", "警告", "列印請願表格…"), ("zh_Hans", "警告", "打印请愿表格…")],
)
def test_screens_speak_chinese(qtbot, jobs, lang: str, warnings: str, print_label: str) -> None:
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"stallapp_organiser_{lang}.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        screen = OrganiserScreen(jobs)
        qtbot.addWidget(screen)
        assert screen.print_button.text() == print_label
        assert screen.texts.table_label("prayer") in ("請求事項", "请求事项")
        preview = PdfPreview(jobs)
        qtbot.addWidget(preview)
        assert preview.save_button.text().endswith("PDF…")
        assert preview.save_button.text() != "Save PDF…"
        assert translator.translate("OrganiserScreen", "Warnings") == warnings
    finally:
        QCoreApplication.removeTranslator(translator)
