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
    if w.code == "prayer_opening_unknown":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "Prayer (%1): its opening is in a form stallapp does not recognise and could "
            "print twice. Start with “The petitioners therefore request that the House of "
            "Commons”, “… urge the House of Commons to”, “Wherefore your petitioners "
            "pray”, or write only the request.",
        ).replace("%1", languages[w.lang])
    if w.code == "prayer_not_to_house":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "Prayer (%1): it asks no one in the House. A Commons prayer asks the House of "
            "Commons (which may urge the Government).",
        ).replace("%1", languages[w.lang])
    if w.code == "kiosk_claims_formal":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "Consent statement (%1): it says kiosk signatures go into the petition, but a "
            "House of Commons petition accepts only handwritten signatures on paper. Say "
            "they go into a list of supporters given to the MP.",
        ).replace("%1", languages[w.lang])
    if w.code == "notice_missing":
        elements = {
            "lawful_basis": QCoreApplication.translate(
                "OrganiserScreen",
                "the lawful basis (explicit consent, because signing shows a political opinion)",
            ),
            "recipients": QCoreApplication.translate("OrganiserScreen", "who receives the data"),
            "retention": QCoreApplication.translate("OrganiserScreen", "how long it is kept"),
            "withdrawal": QCoreApplication.translate("OrganiserScreen", "how to withdraw"),
            "access": QCoreApplication.translate(
                "OrganiserScreen", "the right to a copy of one's data"
            ),
            "ico": QCoreApplication.translate(
                "OrganiserScreen", "the right to complain to the ICO"
            ),
        }
        return (
            QCoreApplication.translate("OrganiserScreen", "Privacy notice (%1) does not say %2.")
            .replace("%1", languages[w.lang])
            .replace("%2", elements.get(w.detail, w.detail))
        )
    if w.code == "council_lws":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "Councils usually require signers to live, work or study in the area.",
        )
    if w.code == "council_no_organiser":
        return QCoreApplication.translate(
            "OrganiserScreen",
            "A council petition must name its organiser with contact details, printed on "
            "every sheet.",
        )
    if w.code == "no_online_url":
        return QCoreApplication.translate(
            "OrganiserScreen", "No online petition address: posters and flyers cannot be printed."
        )
    return w.code
