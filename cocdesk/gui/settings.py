"""The event's settings, for the CoC team lead: details, contacts, deadlines, auto-lock, procedure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QWidget

from cocdesk.domain import Event
from cocdesk.gui import dialogs, style
from cocdesk.gui.event_forms import ContactsForm, EventForm, LeadsForm, build_event
from cocdesk.gui.forms.ui_event_settings_dialog import Ui_EventSettingsDialog
from cocdesk.gui.session import Session
from cocdesk.gui.window_keys import opens_in_first_field


class EventSettingsDialog(QDialog):
    sig_saved = Signal(object)  # the Event as saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventSettingsDialog()
        self.ui.setupUi(self)
        opens_in_first_field(self)
        self.session = session
        desk = session.desk
        event: Event = desk.event
        self.defaults = {rule.id: rule.hours for rule in desk.procedure.deadlines}
        self.event_form, self.contacts_form, self.leads_form = EventForm(), ContactsForm(), LeadsForm()
        self.ui.event_tab_layout.addWidget(self.event_form)
        self.ui.contacts_tab_layout.addWidget(self.contacts_form)
        self.ui.leads_tab_layout.addWidget(self.leads_form)
        for layout in (self.ui.event_tab_layout, self.ui.contacts_tab_layout, self.ui.leads_tab_layout):
            layout.addStretch(1)
        self.event_form.load(event)
        self.contacts_form.load(event.crisis_contacts)
        self.leads_form.load(event)
        self.ui.auto_lock_spin.setValue(event.auto_lock_minutes)
        self.ui.procedure_edit.setText(event.procedure_file or "")
        self.deadline_spins: dict[str, QDoubleSpinBox] = {}
        for rule in desk.procedure.deadlines:
            spin = QDoubleSpinBox(minimum=0.25, maximum=24 * 60, decimals=2, suffix=" hours")
            spin.setValue(event.deadline_hours.get(rule.id, rule.hours))
            spin.setAccessibleName(f"{rule.label}: hours after the report")
            self.ui.deadlines_layout.addRow(rule.label, spin)
            self.deadline_spins[rule.id] = spin
        self.ui.browse_procedure_button.clicked.connect(self._browse)
        buttons = self.ui.settings_buttons
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save")  # Enter saves; no underlined letter to clash with the fields'
        save.setAccessibleName("Save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.resize(780, 560)

    def _browse(self) -> None:
        path = dialogs.procedure_path(self)
        if path:
            self.ui.procedure_edit.setText(path)

    def edited_event(self) -> tuple[Event | None, str]:
        current: Event = self.session.desk.event
        defaults = self.defaults
        hours = {
            rule_id: spin.value()
            for rule_id, spin in self.deadline_spins.items()
            if abs(spin.value() - defaults[rule_id]) > 1e-9
        }
        return build_event(
            current,
            self.event_form.values(),
            self.contacts_form.values(current.crisis_contacts),
            self.leads_form.values(),
            {
                "auto_lock_minutes": self.ui.auto_lock_spin.value(),
                "deadline_hours": hours,
                "procedure_file": self.ui.procedure_edit.text().strip() or None,
            },
        )

    def _save(self) -> None:
        event, problem = self.edited_event()
        if event is None:
            self._say(problem)
            return
        if not dialogs.act_here(self.session, lambda desk: desk.update_event(event), self._say):
            return
        self.sig_saved.emit(event)
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.settings_message.setText(text)
        style.mark_problem(self.ui.settings_message, True)
