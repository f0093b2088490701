"""The volunteer's kiosk settings: when a half-filled form is cleared, when the app locks,
the "Tap to sign" screen, and today's PIN. Each change is stored at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.kiosk_session import KioskSettings
from stallapp.services.session import Session
from stallapp.ui.stall.pin_dialog import PinDialog

IDLE_CHOICES = (15, 20, 30, 45, 60, 90, 120)
AUTO_LOCK_CHOICES = (300, 600, 900, 1800)  # 5, 10, 15 and 30 minutes


class KioskSettingsBox(QWidget):
    saved = Signal(KioskSettings)  # after a setting was stored
    save_failed = Signal(str)  # a readable one-line message

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)  # as the page's own rows
        settings = QGridLayout()
        settings.setColumnStretch(0, 1)
        stored = session.kiosk.settings()
        self.idle_label = QLabel()
        self.idle_label.setWordWrap(True)
        # Lists rather than spin boxes: their tiny arrows are no touch target.
        self.idle = self._choices("idleSeconds", IDLE_CHOICES, stored.idle_wipe)
        self.idle.currentIndexChanged.connect(lambda _i: self.save_idle(self.idle.currentData()))
        self.auto_lock_label = QLabel()
        self.auto_lock_label.setWordWrap(True)
        self.auto_lock = self._choices("autoLockSeconds", AUTO_LOCK_CHOICES, stored.auto_lock)
        self.auto_lock.currentIndexChanged.connect(
            lambda _i: self.save_auto_lock(self.auto_lock.currentData())
        )
        settings.addWidget(self.idle_label, 0, 0)
        settings.addWidget(self.idle, 0, 1)
        settings.addWidget(self.auto_lock_label, 1, 0)
        settings.addWidget(self.auto_lock, 1, 1)
        self.tap_to_sign = QCheckBox()
        self.tap_to_sign.setObjectName("tapToSign")
        self.tap_to_sign.setChecked(stored.tap_to_sign)
        self.tap_to_sign.toggled.connect(self.save_tap_to_sign)
        settings.addWidget(self.tap_to_sign, 2, 0, 1, 2)
        outer.addLayout(settings)
        pin_row = QHBoxLayout()
        self.pin_state = QLabel()
        self.pin_state.setObjectName("pinState")
        self.pin_state.setWordWrap(True)
        self.set_pin = QPushButton()
        self.set_pin.setObjectName("setPin")
        self.set_pin.clicked.connect(self.choose_pin)
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.set_pin)
        outer.addLayout(pin_row)

    @staticmethod
    def _choices(name: str, choices: tuple[int, ...], current: int) -> QComboBox:
        """A list of times in seconds; a stored value outside the usual choices is kept."""
        box = QComboBox()
        box.setObjectName(name)
        box.setMinimumWidth(160)
        for seconds in sorted({*choices, current}):
            box.addItem(str(seconds), seconds)
        box.setCurrentIndex(box.findData(current))
        return box

    def retranslate(self) -> None:
        for i in range(self.idle.count()):
            self.idle.setItemText(
                i, self.tr("%1 seconds").replace("%1", str(self.idle.itemData(i)))
            )
        self.idle_label.setText(
            self.tr("Clear a half-filled kiosk form after this many idle seconds")
        )
        for i in range(self.auto_lock.count()):
            seconds = int(self.auto_lock.itemData(i))
            self.auto_lock.setItemText(
                i,
                self.tr("%1 minutes").replace("%1", str(seconds // 60))
                if seconds % 60 == 0
                else self.tr("%1 seconds").replace("%1", str(seconds)),
            )
        self.auto_lock_label.setText(self.tr("Lock the app after this much idle time"))
        self.tap_to_sign.setText(self.tr('Show a "Tap to sign" screen between signers'))
        self.set_pin.setText(self.tr("Set today's PIN"))
        self.show_pin_state()

    def show_pin_state(self) -> None:
        self.pin_state.setText(
            self.tr("Today's PIN is set.")
            if self._session.kiosk.has_day_pin()
            else self.tr("No PIN set: leaving kiosk mode will need the passphrase.")
        )

    def choose_pin(self) -> None:
        PinDialog(self._session.kiosk, self).exec()
        self.show_pin_state()

    def save_idle(self, value: int) -> None:
        self._save(idle_wipe=value, countdown=min(10, value // 4))

    def save_auto_lock(self, value: int) -> None:
        self._save(auto_lock=value)

    def save_tap_to_sign(self, on: bool) -> None:
        self._save(tap_to_sign=on)

    def _save(self, **changes: int | bool) -> None:
        """Store the settings with `changes` and tell the page (and the window's idle watcher)."""
        kiosk = self._session.kiosk
        try:
            settings = replace(kiosk.settings(), **changes)  # type: ignore[arg-type]
            kiosk.save_settings(settings)
        except StallappError:
            self.save_failed.emit(self.tr("That setting could not be saved."))
            return
        self.saved.emit(settings)
