"""The event as a document prints it: its name, dates and times in its own zone, or blanks to fill in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from cocdesk.domain import Contact, Event
from cocdesk.paper.page import PaperSize

BLANK = "_" * 22
"""Where an event detail goes when the document is printed without an event."""


@dataclass(frozen=True)
class Occasion:
    event: Event | None
    paper: PaperSize

    @classmethod
    def of(cls, event: Event | None, paper: PaperSize | None = None) -> Occasion:
        return cls(event, paper or (event.paper_size if event else "a4"))

    @property
    def name(self) -> str:
        return self.event.name if self.event else BLANK

    @property
    def running_title(self) -> str:
        """The event's name for the top of every page: nothing rather than a blank on each page."""
        return self.event.name if self.event else ""

    @property
    def zone(self) -> ZoneInfo:
        return self.event.zone if self.event else ZoneInfo("UTC")

    def time(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = moment.astimezone(self.zone)
        return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"

    def day(self, moment: datetime | date) -> str:
        if isinstance(moment, datetime):
            moment = moment.astimezone(self.zone).date()
        return f"{moment:%Y-%m-%d}"

    def iso_time(self, text: str) -> str:
        """A stored ISO 8601 answer shown in the event's zone; anything unreadable as it was typed."""
        try:
            return self.time(datetime.fromisoformat(text))
        except ValueError:
            return text

    @property
    def dates(self) -> str:
        event = self.event
        if event is None or event.starts_on is None:
            return BLANK
        if event.ends_on is None or event.ends_on == event.starts_on:
            return self.day(event.starts_on)
        return f"{self.day(event.starts_on)} to {self.day(event.ends_on)}"

    def detail(self, text: str | None) -> str:
        """An event setting, or a blank to write it in when there is none."""
        return text if text else BLANK


def contact_line(contact: Contact) -> str:
    parts = [contact.name, contact.phone, contact.email, contact.note]
    return " · ".join(p for p in parts if p)
