"""The event's own details, its crisis contacts, and its Event Lead and Officer: shown by the first-run
setup and by the event settings, read from an ``Event`` and turned back into one."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, QTimeZone
from PySide6.QtWidgets import QCompleter, QWidget

from cocdesk.domain import Contact, CrisisContacts, Event
from cocdesk.domain.common import explain
from cocdesk.gui.forms.ui_contacts_form import Ui_ContactsForm
from cocdesk.gui.forms.ui_event_form import Ui_EventForm
from cocdesk.gui.forms.ui_leads_form import Ui_LeadsForm

PAPER_SIZES = (("a4", "A4"), ("letter", "US Letter"))
CRISIS = ("venue_security", "police_emergency", "police_non_emergency", "medical")


@cache
def time_zones() -> list[str]:
    return sorted(available_timezones())


def system_time_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return zone if zone in time_zones() else "UTC"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EventForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventForm()
        self.ui.setupUi(self)
        zones = self.ui.time_zone_combo
        zones.addItems(time_zones())
        zones.setInsertPolicy(zones.InsertPolicy.NoInsert)
        completer = QCompleter(time_zones(), zones)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zones.setCompleter(completer)
        for value, label in PAPER_SIZES:
            self.ui.paper_size_combo.addItem(label, value)
        today = date.today()
        self.ui.starts_on_edit.setDate(_qdate(today))
        self.ui.ends_on_edit.setDate(_qdate(today + timedelta(days=2)))
        zones.setCurrentText(system_time_zone())

    def load(self, event: Event) -> None:
        self.ui.event_name_edit.setText(event.name)
        if event.starts_on:
            self.ui.starts_on_edit.setDate(_qdate(event.starts_on))
        if event.ends_on:
            self.ui.ends_on_edit.setDate(_qdate(event.ends_on))
        self.ui.venue_edit.setText(event.venue)
        self.ui.time_zone_combo.setCurrentText(event.time_zone)
        self.ui.paper_size_combo.setCurrentIndex(self.ui.paper_size_combo.findData(event.paper_size))
        self.ui.policy_location_edit.setText(event.policy_location)
        self.ui.team_contact_edit.setText(event.team_contact)
        self.ui.attendees_spin.setValue(event.attendees or 0)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.ui.event_name_edit.text().strip(),
            "starts_on": _date(self.ui.starts_on_edit.date()),
            "ends_on": _date(self.ui.ends_on_edit.date()),
            "venue": self.ui.venue_edit.text(),
            "time_zone": self.ui.time_zone_combo.currentText().strip(),
            "paper_size": self.ui.paper_size_combo.currentData(),
            "policy_location": self.ui.policy_location_edit.text(),
            "team_contact": self.ui.team_contact_edit.text(),
            "attendees": self.ui.attendees_spin.value() or None,  # 0 is "Not counted"
        }


class ContactsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactsForm()
        self.ui.setupUi(self)

    def _edits(self, key: str) -> tuple[Any, Any]:
        return getattr(self.ui, f"{key}_name_edit"), getattr(self.ui, f"{key}_phone_edit")

    def load(self, contacts: CrisisContacts) -> None:
        for key in CRISIS:
            contact: Contact = getattr(contacts, key)
            name, phone = self._edits(key)
            name.setText(contact.name)
            phone.setText(contact.phone)
        first = contacts.hotlines[0] if contacts.hotlines else Contact()
        name, phone = self._edits("hotline")
        name.setText(first.name)
        phone.setText(first.phone)
        self._other_hotlines = contacts.hotlines[1:]

    def values(self, current: CrisisContacts | None = None) -> dict[str, Any]:
        base = current or CrisisContacts()
        fields: dict[str, Any] = {}
        for key in (*CRISIS, "hotline"):
            name, phone = self._edits(key)
            kept = getattr(base, key) if key != "hotline" else Contact()
            fields[key] = kept.model_copy(update={"name": name.text().strip(), "phone": phone.text().strip()})
        hotline = fields.pop("hotline")
        others = getattr(self, "_other_hotlines", [])
        hotlines = [hotline, *others] if not hotline.is_empty else list(others)
        return {"crisis_contacts": CrisisContacts(**fields, hotlines=hotlines)}


class LeadsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadsForm()
        self.ui.setupUi(self)

    def load(self, event: Event) -> None:
        for key in ("event_lead", "safety_officer"):
            contact: Contact = getattr(event, key)
            for part in ("name", "phone", "email"):
                getattr(self.ui, f"{key}_{part}_edit").setText(getattr(contact, part))

    def values(self) -> dict[str, Any]:
        def typed(key: str, part: str) -> str:
            return str(getattr(self.ui, f"{key}_{part}_edit").text()).strip()

        return {
            key: Contact(name=typed(key, "name"), phone=typed(key, "phone"), email=typed(key, "email"))
            for key in ("event_lead", "safety_officer")
        }


def build_event(base: Event | None, *parts: dict[str, Any]) -> tuple[Event | None, str]:
    """The event the forms describe, or None and one sentence saying what to fix."""
    fields: dict[str, Any] = base.model_dump() if base else {}
    for part in parts:
        fields.update(part)
    if not fields.get("name"):
        return None, "Give the event a name."
    try:
        return Event.model_validate(fields), ""
    except ValidationError as error:
        sentence = explain(error)
        return None, sentence[:1].upper() + sentence[1:] + "."
