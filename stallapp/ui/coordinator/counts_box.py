"""The coordinator's counts: people, signatures, duplicates, paper and kiosk, progress to
each petition's target, and how much of it outlived a purge as kept counts."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from stallapp.services.reports import Report
from stallapp.ui.shared.quiet_label import QuietLabel


class CountsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Counts"), parent)
        grid = QGridLayout(self)
        self.count_labels: dict[str, QLabel] = {}
        names = (
            ("people", self.tr("People (each counted once)")),
            ("signatures", self.tr("Signatures received")),
            ("duplicates", self.tr("Duplicates found")),
            ("paper", self.tr("On paper")),
            ("kiosk", self.tr("At the kiosk")),
            ("target", self.tr("Progress to target")),
        )
        for i, (key, text) in enumerate(names):
            grid.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            value.setStyleSheet("font-weight: bold; font-size: 15pt;")
            self.count_labels[key] = value
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        self.kept_label = QuietLabel()  # how much of the counts outlived a purge
        self.kept_label.setObjectName("keptCounts")
        grid.addWidget(self.kept_label, len(names) // 2, 0, 1, 4)

    def show_report(self, report: Report) -> None:
        values = {
            "people": report.people,
            "signatures": report.signatures,
            "duplicates": report.duplicates,
            "paper": report.paper,
            "kiosk": report.kiosk,
        }
        for key, value in values.items():
            self.count_labels[key].setText(str(value))
        targets = [p for p in report.petitions if p["target"]]
        self.count_labels["target"].setText(
            " · ".join(f"{p['people']} / {p['target']}" for p in targets) or "–"
        )
        self.kept_label.setText(
            self.tr(
                "Of which %1 people (%2 signatures) from before the purge: kept counts, "
                "no personal data."
            )
            .replace("%1", str(report.kept_people))
            .replace("%2", str(report.kept_signatures))
            if report.kept_signatures
            else ""
        )
