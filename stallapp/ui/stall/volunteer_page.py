"""The volunteer's view: choose petition and event, see today's count, start the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.kiosk_session import KioskSettings
from stallapp.services.session import Session
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.i18n import NATIVE_NAMES, Translations
from stallapp.ui.shared.style import mark_primary, mark_quiet, set_role
from stallapp.ui.shared.vault_menu import VaultMenuButton
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.kiosk_settings_box import KioskSettingsBox
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from stallapp.ui.stall.receipts_panel import BatchReceiptsPanel
from stallapp.ui.stall.vault_warnings import VaultWarnings


class VolunteerPage(QWidget):
    kiosk_requested = Signal(str, str)  # petition id, event id
    lock_requested = Signal()
    organiser_requested = Signal()
    settings_saved = Signal(KioskSettings)  # after the idle or auto-lock time was stored
    language_chosen = Signal(str)  # the volunteer picked a screen language (not a signer)

    def __init__(
        self,
        session: Session,
        translations: Translations,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerPage")
        self.session = session
        self.capture = session.capture
        self.translations = translations
        self.jobs = jobs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.title = QLabel()
        set_role(self.title, "title")
        top.addWidget(self.title, 1)
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translations.language)))
        self.language.currentIndexChanged.connect(self._language_picked)
        top.addWidget(self.language)
        self.lock = QPushButton()
        self.lock.setObjectName("lock")
        self.lock.clicked.connect(self.lock_requested)
        top.addWidget(VaultMenuButton(session, jobs))
        top.addWidget(self.lock)
        layout.addLayout(top)
        self.device = QLabel()
        set_role(self.device, "hint")
        layout.addWidget(self.device)
        self.warnings = VaultWarnings(session)
        layout.addWidget(self.warnings)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.petition_label = QLabel()
        self.petition_box = QComboBox()
        self.petition_box.setObjectName("petition")
        self.event_label = QLabel()
        self.event_box = QComboBox()
        self.event_box.setObjectName("event")
        self.new_event = QPushButton()
        self.new_event.setObjectName("newEvent")
        grid.addWidget(self.petition_label, 0, 0)
        grid.addWidget(self.petition_box, 0, 1, 1, 2)
        grid.addWidget(self.event_label, 1, 0)
        grid.addWidget(self.event_box, 1, 1)
        grid.addWidget(self.new_event, 1, 2)
        layout.addLayout(grid)
        self.petition_box.currentIndexChanged.connect(self.refresh_count)
        self.event_box.currentIndexChanged.connect(self.refresh_count)
        self.new_event.clicked.connect(self.create_event)

        card = QFrame()
        set_role(card, "card")
        cl = QHBoxLayout(card)
        self.count = QLabel("0")
        self.count.setObjectName("count")
        set_role(self.count, "count")
        self.count_caption = QLabel()
        self.count_caption.setWordWrap(True)
        cl.addWidget(self.count)
        caption = QVBoxLayout()
        caption.addWidget(self.count_caption)
        self.erased_note = QLabel()  # signatures received by the coordinator and erased here
        self.erased_note.setObjectName("erasedNote")
        self.erased_note.setWordWrap(True)
        set_role(self.erased_note, "hint")
        caption.addWidget(self.erased_note)
        cl.addLayout(caption, 1)
        layout.addWidget(card)

        self.settings_box = KioskSettingsBox(session)
        self.settings_box.saved.connect(self._settings_saved)
        self.settings_box.save_failed.connect(self._show_message)
        box = self.settings_box
        self.idle, self.auto_lock, self.tap_to_sign = box.idle, box.auto_lock, box.tap_to_sign
        self.idle_label, self.auto_lock_label = box.idle_label, box.auto_lock_label
        self.pin_state, self.set_pin = box.pin_state, box.set_pin
        layout.addWidget(box)
        self.receipts_panel = BatchReceiptsPanel(session.receipts, jobs)
        self.receipts_panel.received_erased.connect(lambda _n: self.refresh_count())
        layout.addWidget(self.receipts_panel)

        self.message = QLabel()
        self.message.setObjectName("volunteerMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        self.paper = QPushButton()
        self.paper.setObjectName("paperRows")
        self.paper.clicked.connect(self.enter_paper)
        self.organiser = QPushButton()
        self.organiser.setObjectName("organiserTools")
        mark_quiet(self.organiser)
        self.organiser.clicked.connect(self.organiser_requested)
        self.campaign = QPushButton()
        self.campaign.setObjectName("campaign")
        self.campaign.clicked.connect(self.open_campaign)
        self.start = QPushButton()
        self.start.setObjectName("startKiosk")
        mark_primary(self.start)
        self.start.setMinimumHeight(72)
        self.start.clicked.connect(self.start_kiosk)
        # Secondary tasks on one row, the main one full width below: fits a portrait tablet.
        actions.addWidget(self.organiser)
        actions.addWidget(self.campaign)
        actions.addWidget(self.paper)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.start)
        layout.addStretch(1)
        translations.language_changed.connect(self.retranslate)
        self.reload()
        self.retranslate()

    def _language_picked(self, _index: int) -> None:
        lang = self.language.currentData()
        self.translations.set_language(lang)
        self.language_chosen.emit(lang)

    # -- data ----------------------------------------------------------------------------

    def reload(self, select_event: str | None = None) -> None:
        lang = self.translations.language
        current_p = self.petition_box.currentData()
        self.petition_box.blockSignals(True)
        self.petition_box.clear()
        for p in self.capture.petitions():
            self.petition_box.addItem(p.title.get(lang), p.id)
        self.petition_box.setCurrentIndex(max(0, self.petition_box.findData(current_p)))
        self.petition_box.blockSignals(False)
        wanted = select_event or self.event_box.currentData()
        self.event_box.blockSignals(True)
        self.event_box.clear()
        events = sorted(self.capture.events(), key=lambda e: (e.date, e.start or ""), reverse=True)
        for e in events:
            self.event_box.addItem(e.label(), e.id)
        self.event_box.setCurrentIndex(max(0, self.event_box.findData(wanted)))
        self.event_box.blockSignals(False)
        self.refresh_count()

    def refresh_count(self) -> None:
        event_id = self.event_box.currentData()
        petition_id = self.petition_box.currentData()
        n = self.capture.count(petition_id=petition_id, event_id=event_id) if event_id else 0
        erased = self.session.receipts.erased_count(petition_id, event_id) if event_id else 0
        self.count.setText(str(n + erased))  # erased signers were collected here all the same
        self.erased_note.setText(
            self.tr("%1 of them received by the coordinator and erased from this laptop.").replace(
                "%1", str(erased)
            )
        )
        self.erased_note.setVisible(erased > 0)
        self.settings_box.show_pin_state()

    def retranslate(self) -> None:
        if self.session.is_locked:
            return  # this page is being dropped after a lock
        self.title.setText(self.tr("Today's stall"))
        device = self.tr("Device: %1").replace("%1", self.session.device_name)
        if self.session.rehearsal:
            device += " · " + self.tr("Rehearsal vault: practice data only")
        self.device.setText(device)
        self.show_warnings()
        self.lock.setText(self.tr("Lock"))
        self.petition_label.setText(self.tr("Petition"))
        self.event_label.setText(self.tr("Stall event"))
        self.new_event.setText(self.tr("New event"))
        self.count_caption.setText(
            self.tr("signatures at this event (a count only: names stay private)")
        )
        self.settings_box.retranslate()
        self.paper.setText(self.tr("Enter paper rows"))
        self.organiser.setText(self.tr("Organiser tools"))
        self.campaign.setText(self.tr("Campaign and batches"))
        self.start.setText(self.tr("Start kiosk mode"))
        self.receipts_panel.retranslate()
        lang = self.translations.language
        for i, p in enumerate(self.capture.petitions()):
            if self.petition_box.itemData(i) == p.id:
                self.petition_box.setItemText(i, p.title.get(lang))
        self.refresh_count()

    def show_warnings(self) -> None:
        self.warnings.show_current()

    # -- actions -------------------------------------------------------------------------

    def _selection(self) -> tuple[str, str] | None:
        petition_id, event_id = self.petition_box.currentData(), self.event_box.currentData()
        if not petition_id:
            self.message.setText(self.tr("There is no petition in this vault yet."))
            return None
        if not event_id:
            self.message.setText(self.tr("Please create today's stall event first."))
            return None
        self.message.clear()
        return petition_id, event_id

    def create_event(self) -> None:
        dialog = EventDialog(self.capture, self)
        if dialog.exec() and dialog.created is not None:
            self.reload(select_event=dialog.created.id)

    def _settings_saved(self, settings: KioskSettings) -> None:
        self.message.clear()
        self.settings_saved.emit(settings)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    def enter_paper(self) -> None:
        chosen = self._selection()
        if chosen is None:
            return
        petition = self.capture.petition(chosen[0])
        dialog = PaperEntryDialog(
            self.capture, petition, chosen[1], self.translations.language, self
        )
        dialog.entry_saved.connect(self.refresh_count)
        dialog.exec()

    def open_campaign(self) -> None:
        dialog = CampaignDialog(self.session.stall_link, self.jobs, self)
        dialog.pack_installed.connect(lambda _n: self._petitions_changed())
        dialog.exec()
        self.receipts_panel.refresh()  # a batch may have been exported
        self.refresh_count()

    def _petitions_changed(self) -> None:
        self.capture.forget_cache()
        self.reload()
        self.show_warnings()

    def start_kiosk(self) -> None:
        chosen = self._selection()
        if chosen is None:
            return
        try:
            self.capture.check_open(self.capture.petition(chosen[0]))
        except StallappError:
            self.message.setText(
                self.tr(
                    "This petition's retention date has passed; it no longer collects signatures."
                )
            )
            return
        self.kiosk_requested.emit(*chosen)
