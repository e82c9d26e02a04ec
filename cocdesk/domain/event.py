"""The event the station serves, its team members and their roles."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, StringConstraints, field_validator, model_validator

from cocdesk.domain.case import ID_MAX, MOST_DEADLINES
from cocdesk.domain.common import AtMost, Model, Name, ShortText

Hours = Annotated[float, Field(gt=0, le=24 * 60)]
"""A deadline's hours, within the procedure's own bounds (``cocdesk.procedure.model.DeadlineRule``)."""
MOST_ATTENDEES = 1_000_000
"""The largest event the station counts attendees for: beyond any conference, a typo caught at once."""
PATH_MAX = 4096
"""The longest procedure file path an event keeps (Linux's own limit)."""


class Role(StrEnum):
    RESPONDER = "responder"
    COC_LEAD = "coc_lead"
    EVENT_LEAD = "event_lead"
    SAFETY_OFFICER = "safety_officer"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.RESPONDER: "Responder",
    Role.COC_LEAD: "CoC team lead",
    Role.EVENT_LEAD: "Event Lead Organiser",
    Role.SAFETY_OFFICER: "Safety and Diversity Officer",
}


class Member(Model):
    id: UUID = Field(default_factory=uuid4)
    name: Name
    role: Role = Role.RESPONDER


class Contact(Model):
    """Someone the desk may need to reach: a name or service, a phone number, a note."""

    name: ShortText = ""
    phone: ShortText = ""
    email: ShortText = ""
    note: ShortText = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.email or self.note)


class CrisisContacts(Model):
    venue_security: Contact = Field(default_factory=Contact)
    police_emergency: Contact = Field(default_factory=lambda: Contact(name="Police (emergency)"))
    police_non_emergency: Contact = Field(default_factory=Contact)
    medical: Contact = Field(default_factory=Contact)
    hotlines: list[Contact] = Field(default_factory=list, max_length=20)

    def listed(self) -> list[tuple[str, Contact]]:
        """The contacts in the order a responder in a hurry needs them, empty ones left out."""
        rows = [
            ("Venue security", self.venue_security),
            ("Police: emergency", self.police_emergency),
            ("Medical", self.medical),
            ("Police: non-emergency", self.police_non_emergency),
        ]
        rows += [("Hotline", hotline) for hotline in self.hotlines]
        return [(label, contact) for label, contact in rows if not contact.is_empty]


PaperSize = Literal["a4", "letter"]


class Event(Model):
    name: Name
    starts_on: date | None = None
    ends_on: date | None = None
    venue: ShortText = ""
    time_zone: str = "UTC"
    paper_size: PaperSize = "a4"
    crisis_contacts: CrisisContacts = Field(default_factory=CrisisContacts)
    event_lead: Contact = Field(default_factory=Contact)
    safety_officer: Contact = Field(default_factory=Contact)
    policy_location: ShortText = ""
    team_contact: ShortText = ""
    code_promotion: ShortText = ""  # how attendees were told about the code, for the transparency report
    attendees: int | None = Field(default=None, ge=1, le=MOST_ATTENDEES)  # the event's size, for the same
    auto_lock_minutes: int = Field(default=5, ge=1, le=120)
    deadline_hours: Annotated[  # overrides the procedure's, by rule id
        dict[Annotated[str, StringConstraints(max_length=ID_MAX)], Hours],
        AtMost(MOST_DEADLINES, f"an event can change at most {MOST_DEADLINES} deadlines"),
    ] = Field(default_factory=dict)
    retention_until: date | None = None
    procedure_file: Annotated[str, StringConstraints(max_length=PATH_MAX)] | None = None

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"'{value}' is not a time zone this computer knows (try Europe/Berlin)"
            ) from None
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Event:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("the event cannot end before it starts")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
