"""The organiser screen's words for the petition checker's warnings.

The strings keep the context "OrganiserScreen" (they were the screen's), so their
translations carry over; lupdate finds them through the literal translate() calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from stallapp.services.petition_check import Warning


def warning_text(w: Warning, table_label: Callable[[str], str]) -> str:
    """A checker warning in the reader's language, naming the text it is about."""
    languages = {
        "zh-Hant": QCoreApplication.translate("OrganiserScreen", "Traditional Chinese"),
        "zh-Hans": QCoreApplication.translate("OrganiserScreen", "Simplified Chinese"),
        "en": QCoreApplication.translate("OrganiserScreen", "English"),
    }
    if w.code == "missing_translation":
        return (
            QCoreApplication.translate("OrganiserScreen", "%1: no %2 translation.")
            .replace("%1", table_label(w.table))
            .replace("%2", languages[w.lang])
        )
    if w.code == "unprintable":
        return (
            QCoreApplication.translate(
                "OrganiserScreen", "%1 (%2): these characters would print as boxes: %3"
            )
            .replace("%1", table_label(w.table))
            .replace("%2", languages[w.lang])
            .replace("%3", w.detail)
        )
    if w.code == "prayer_not_to_commons":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "The request must be to the House of Commons: start it with "
            "“The petitioners therefore request that the House of Commons”.",
        )
    if w.code == "council_lws":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "Councils usually require signers to live, work or study in the area.",
        )
    if w.code == "no_online_url":
        return QCoreApplication.translate(
            "OrganiserScreen", "No online petition address: posters and flyers cannot be printed."
        )
    return w.code
