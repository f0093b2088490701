"""The petition's settings: id, target, routes, addresses, dates, the data controller.

The routes say how signatures are taken (handwritten paper sheets, the kiosk) and where a
kiosk signature goes; for a House of Commons petition it can only go into a list of
supporters given to the MP. The Scottish Parliament is not a target: a note says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from stallapp.domain import routes
from stallapp.domain.petition import ADDRESS_MODES, EMAIL_MODES, TARGETS, Petition


class PetitionForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.petition_id = QLineEdit()
        self.petition_id.setPlaceholderText("e.g. end-sister-city-link")
        self.target = QComboBox()
        target_names = {
            "commons": self.tr("House of Commons (paper petition)"),
            "council": self.tr("A council"),
            "letter": self.tr("A letter of support"),
        }
        for key in TARGETS:
            self.target.addItem(target_names[key], key)
        self.scotland_note = QLabel(
            self.tr(
                "Scottish Parliament: stallapp does not collect for it. That Parliament takes "
                "petitions only through its own website, and only on devolved national "
                "matters. A sister-city tie is for the council: for Edinburgh, Glasgow or "
                "Perth, choose “A council” and give the council's name."
            )
        )
        self.scotland_note.setObjectName("scotlandNote")
        self.scotland_note.setWordWrap(True)
        self.route_paper = QCheckBox(self.tr("Handwritten paper sheets"))
        self.route_kiosk = QCheckBox(self.tr("Signatures on the kiosk"))
        self.route_paper.setChecked(True)
        self.route_kiosk.setChecked(True)
        self.digital_use = QComboBox()
        self.digital_use.addItem(
            self.tr("A list of supporters (for a Commons petition: given to the MP)"),
            routes.SUPPORTERS_LIST,
        )
        self.digital_use.addItem(
            self.tr("The petition itself (councils that accept them)"), routes.FORMAL_PETITION
        )
        self.privacy_notice_url = QLineEdit()
        self.privacy_notice_url.setPlaceholderText("https://")
        self.target_name = QLineEdit()
        self.online_url = QLineEdit()
        self.online_url.setPlaceholderText("https://")
        self.retention = QDateEdit()
        self.retention.setCalendarPopup(True)
        self.retention.setDisplayFormat("yyyy-MM-dd")
        self.retention.setDate(QDate.currentDate().addYears(1))
        # What happens at that date; the privacy notice must say the same (checked on read).
        self.keep_counts = QCheckBox(self.tr("Keep anonymous counts after that date"))
        self.campaign_group = QLineEdit()
        self.signature_target = QSpinBox()
        self.signature_target.setRange(0, 10_000_000)
        self.signature_target.setSpecialValueText(self.tr("none"))
        self.address_mode = QComboBox()
        address_names = {
            "full": self.tr("Full address"),
            "postcode_only": self.tr("Postcode only"),
        }
        for key in ADDRESS_MODES:
            self.address_mode.addItem(address_names[key], key)
        self.email_mode = QComboBox()
        email_names = {"optional": self.tr("Optional email"), "off": self.tr("No email")}
        for key in EMAIL_MODES:
            self.email_mode.addItem(email_names[key], key)
        self.allow_non_uk = QCheckBox(self.tr("Accept addresses outside the UK"))
        self.live_work_study = QCheckBox(self.tr("Ask whether signers live, work or study here"))
        self.controller_name = QLineEdit()
        self.controller_contact = QLineEdit()
        form = QFormLayout(self)
        # Labels go above their fields when the column is narrow (a portrait tablet).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for combo in (self.target, self.address_mode, self.email_mode):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        form.addRow(self.tr("Petition id"), self.petition_id)
        form.addRow(self.tr("Addressed to"), self.target)
        form.addRow("", self.scotland_note)
        form.addRow(self.tr("Name of the council or body"), self.target_name)
        form.addRow(self.tr("Signatures taken on"), self.route_paper)
        form.addRow("", self.route_kiosk)
        form.addRow(self.tr("Kiosk signatures go into"), self.digital_use)
        form.addRow(self.tr("Online petition address"), self.online_url)
        form.addRow(self.tr("Privacy notice address"), self.privacy_notice_url)
        form.addRow(self.tr("Delete signatures after"), self.retention)
        form.addRow("", self.keep_counts)
        form.addRow(self.tr("Campaign group"), self.campaign_group)
        form.addRow(self.tr("Signature goal"), self.signature_target)
        form.addRow(self.tr("Address asked"), self.address_mode)
        form.addRow(self.tr("Email"), self.email_mode)
        form.addRow("", self.allow_non_uk)
        form.addRow("", self.live_work_study)
        form.addRow(self.tr("Data controller"), self.controller_name)
        form.addRow(self.tr("Controller contact"), self.controller_contact)
        for line in (
            self.petition_id,
            self.target_name,
            self.online_url,
            self.privacy_notice_url,
            self.campaign_group,
            self.controller_name,
            self.controller_contact,
        ):
            line.textChanged.connect(self.edited)
        for combo in (self.target, self.address_mode, self.email_mode, self.digital_use):
            combo.currentIndexChanged.connect(self.edited)
        for box in (
            self.allow_non_uk,
            self.live_work_study,
            self.route_paper,
            self.route_kiosk,
            self.keep_counts,
        ):
            box.toggled.connect(self.edited)
        self.retention.dateChanged.connect(self.edited)
        self.signature_target.valueChanged.connect(self.edited)

    def values(self) -> dict[str, Any]:
        """The settings part of a petition definition (as in the TOML file)."""
        out: dict[str, Any] = {
            "format": 1,
            "id": self.petition_id.text().strip(),
            "target": self.target.currentData(),
            "retention_until": self.retention.date().toString("yyyy-MM-dd"),
            "routes": [
                r
                for r, box in ((routes.PAPER, self.route_paper), (routes.KIOSK, self.route_kiosk))
                if box.isChecked()
            ],
            "digital_use": self.digital_use.currentData(),
            "fields": {
                "address": self.address_mode.currentData(),
                "email": self.email_mode.currentData(),
                "allow_non_uk": self.allow_non_uk.isChecked(),
                "live_work_study": self.live_work_study.isChecked(),
            },
            "controller": {
                "name": self.controller_name.text(),
                "contact": self.controller_contact.text(),
            },
        }
        optional = {
            "target_name": self.target_name.text().strip(),
            "online_url": self.online_url.text().strip(),
            "privacy_notice_url": self.privacy_notice_url.text().strip(),
            "campaign_group": self.campaign_group.text().strip(),
        }
        out.update({k: v for k, v in optional.items() if v})
        if self.signature_target.value():
            out["signature_target"] = self.signature_target.value()
        if self.keep_counts.isChecked():
            out["keep_counts"] = True
        return out

    def set_petition(self, p: Petition) -> None:
        self.blockSignals(True)
        self.petition_id.setText(p.id)
        self.target.setCurrentIndex(self.target.findData(p.target))
        self.target_name.setText(p.target_name)
        self.online_url.setText(p.online_url or "")
        self.privacy_notice_url.setText(p.privacy_notice_url or "")
        self.route_paper.setChecked(routes.PAPER in p.routes)
        self.route_kiosk.setChecked(routes.KIOSK in p.routes)
        self.digital_use.setCurrentIndex(self.digital_use.findData(p.digital_use))
        self.retention.setDate(
            QDate(p.retention_until.year, p.retention_until.month, p.retention_until.day)
        )
        self.keep_counts.setChecked(p.keep_counts)
        self.campaign_group.setText(p.campaign_group or "")
        self.signature_target.setValue(p.signature_target or 0)
        self.address_mode.setCurrentIndex(self.address_mode.findData(p.address_mode))
        self.email_mode.setCurrentIndex(self.email_mode.findData(p.email_mode))
        self.allow_non_uk.setChecked(p.allow_non_uk)
        self.live_work_study.setChecked(p.live_work_study)
        self.controller_name.setText(p.controller_name)
        self.controller_contact.setText(p.controller_contact)
        self.blockSignals(False)
        self.edited.emit()
