"""A case: one report and everything the team did about it.

The people involved are kept apart from the rest (``Case.people``) so that every view and export can
leave them out; nothing else in a case is meant to name anyone.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID, uuid4

from pydantic import ConfigDict, Field, StringConstraints, field_validator, model_validator

from cocdesk.domain.common import AtMost, AwareDatetime, LongText, Model, ShortText, now
from cocdesk.domain.countdown import is_overdue
from cocdesk.domain.evidence import MOST_ATTACHMENTS, Attachment
from cocdesk.domain.text import clipped

CODE_ALPHABET = "ACDEFHJKMNPQRTUVWXY34679"  # no look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6)
CaseCode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3}-[A-Z0-9]{3}$")]
PersonCode = Annotated[str, StringConstraints(pattern=r"^P-[A-Z0-9]{6}$")]
"""A reported person's code ("P-7KQ4MX"): a shape no case code has, so the two are never confused."""
PersonRef = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"
    ),
]
"""A person in a case, by ids ("<case id>/<person id>"): whom the team told a reported person apart
from. Kept by person, not by code, so that a rejection holds however either of them is linked later."""
MOST_NOT_SAME = 200


def person_ref(case_id: UUID | str, person_id: UUID | str) -> str:
    return f"{UUID(str(case_id))}/{UUID(str(person_id))}"


AnswerValue = str | bool | int | float | list[str] | None
"""A field's answer. Times are kept as ISO 8601 text; the procedure's field kind says how to read it."""

MOST_PLACEMENTS = 1_000
MOST_DECISIONS = 500
MOST_ACTIONS = 500
MOST_COMMUNICATIONS = 1_000
MOST_PEOPLE = 200
MOST_DEADLINES = 100
MOST_MARKS = 200
MOST_IN_MEETING = 50
MOST_STEPS = 200
MOST_ANSWERS = 200
"""How much one case can hold: far beyond any real case, near enough that a case file made to
exhaust the station (200,000 placements) is refused as it is read. Answers count per step, as do
ticked checklist items; a list answer's choices count as answers."""
CARRIES_OUT_MAX = 60
"""How much of the decision an action carries out is shown beside it."""
ID_MAX = 40
"""The longest step, field or checklist item id a case can refer to (the procedure's own limit)."""

StepId = Annotated[str, StringConstraints(max_length=ID_MAX)]


def new_code() -> str:
    """A short random code for talking about a case in the open. Never derived from anything in it."""
    chars = [secrets.choice(CODE_ALPHABET) for _ in range(6)]
    return "".join(chars[:3]) + "-" + "".join(chars[3:])


def new_person_code() -> str:
    """A reported person's code for talking about them in the open: random, never from their name."""
    return "P-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def person_code_of(person_id: UUID | str) -> str:
    """The code of a person recorded before people had codes: drawn from their (random) id, so the
    same on every read of the stored case, sealed or not, until a code is stored with them."""
    number = UUID(str(person_id)).int
    letters = []
    for _ in range(6):
        number, index = divmod(number, len(CODE_ALPHABET))
        letters.append(CODE_ALPHABET[index])
    return "P-" + "".join(letters)


class Level(StrEnum):
    LOW = "low"
    HIGH = "high"


class CaseStatus(StrEnum):
    RECEIVED = "received"
    ASSESSING = "assessing"
    DECIDED = "decided"
    ACTED = "acted"
    FILED = "filed"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def is_open(self) -> bool:
        return self not in (CaseStatus.FILED, CaseStatus.CLOSED)


class Party(StrEnum):
    REPORTER = "reporter"
    REPORTED = "reported"
    WITNESS = "witness"

    @property
    def label(self) -> str:
        return {"reporter": "Reporter", "reported": "Reported person", "witness": "Witness"}[self.value]


class Person(Model):
    """A party to the case. A name may be unknown; then the description is what the team has."""

    id: UUID = Field(default_factory=uuid4)
    party: Party
    name: ShortText = ""
    description: LongText = ""
    contact: ShortText = ""
    contact_preference: ShortText = ""
    person_code: PersonCode = Field(default_factory=new_person_code)
    """Shared with a person in another case once the team confirmed they are the same person."""
    not_same: Annotated[
        list[PersonRef | PersonCode],
        AtMost(MOST_NOT_SAME, f"a person can be told apart from at most {MOST_NOT_SAME} others"),
    ] = Field(default_factory=list)
    """The people the team said are not this person (by ``person_ref``; a code in a case stored before
    rejections were kept by person): never suggested again."""

    @model_validator(mode="before")
    @classmethod
    def _stored_code(cls, data: object) -> object:
        """A person stored before people had codes gets the one drawn from their id; the matches a
        case shown as JSON lists beside them (``suggested_matches``) are read, not kept."""
        if not isinstance(data, dict):
            return data
        data = {key: value for key, value in data.items() if key != "suggested_matches"}
        if not data.get("person_code") and data.get("id"):
            data["person_code"] = person_code_of(data["id"])
        return data

    @model_validator(mode="after")
    def _named_or_described(self) -> Person:
        if not self.name and not self.description:
            raise ValueError(f"a {self.party.label.lower()} needs a name or a description")
        return self


class Recipient(StrEnum):
    """Someone beyond the CoC team whom the reporter may agree can know who they are."""

    SAFETY_OFFICER = "safety_officer"
    EVENT_LEAD = "event_lead"
    VENUE_SECURITY = "venue_security"
    POLICE = "police"
    NAMED = "named"

    @property
    def label(self) -> str:
        return RECIPIENT_LABELS[self]


RECIPIENT_LABELS = {
    Recipient.SAFETY_OFFICER: "Safety and Diversity Officer",
    Recipient.EVENT_LEAD: "Event Lead Organiser",
    Recipient.VENUE_SECURITY: "venue security",
    Recipient.POLICE: "police",
    Recipient.NAMED: "someone they named",
}


class Consent(Model):
    """May the reporter's identity go beyond the CoC team? Private unless they said so.

    ``recipients`` is what every export and print asks; ``with_whom`` keeps the person they named and
    ``words`` their consent exactly as given."""

    share_identity: bool = False
    recipients: list[Recipient] = Field(default_factory=list, max_length=len(Recipient))
    with_whom: ShortText = ""
    words: LongText = ""

    @model_validator(mode="after")
    def _sharing_needs_whom(self) -> Consent:
        if self.share_identity and not (self.with_whom or self.recipients):
            raise ValueError("say with whom the reporter agreed their identity may be shared")
        if Recipient.NAMED in self.recipients and not self.with_whom:
            raise ValueError("say whom the reporter named")
        return self


class Placement(Model):
    """Where the team put the case on the risk x impact matrix, and why."""

    risk: Level
    impact: Level
    rationale: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    by: ShortText
    at: AwareDatetime = Field(default_factory=now)


class Decision(Model):
    id: UUID = Field(default_factory=uuid4)
    horizon: Literal["now", "later"] = "now"
    text: LongText
    response: ShortText = ""  # an id from the procedure's response ladder, if one fits
    owner: ShortText = ""
    by: ShortText = ""
    at: AwareDatetime = Field(default_factory=now)


class Action(Model):
    id: UUID = Field(default_factory=uuid4)
    text: LongText
    owner: ShortText = ""
    due: AwareDatetime | None = None
    done_at: AwareDatetime | None = None
    carries_out: UUID | None = None
    """The decision for right now this action carries out (its id): a decision counts as taken only
    when an action that carries it out is done. None for an action that carries out none of them."""


class Conflict(Model):
    member: ShortText
    note: ShortText = ""
    recused: bool = True


class Meeting(Model):
    """The team meeting. The procedure asks for an odd number in total: 3 or 5."""

    at: AwareDatetime | None = None
    present: Annotated[
        list[ShortText],
        AtMost(MOST_IN_MEETING, f"a meeting can have at most {MOST_IN_MEETING} people present"),
    ] = Field(default_factory=list)
    size_reason: ShortText = ""  # why, when the team is not 3 or 5
    conflicts: Annotated[
        list[Conflict],
        AtMost(MOST_IN_MEETING, f"a meeting can record at most {MOST_IN_MEETING} conflicts of interest"),
    ] = Field(default_factory=list)

    @property
    def voting(self) -> list[str]:
        recused = {c.member for c in self.conflicts if c.recused}
        return [name for name in self.present if name not in recused]


class Agreement(Model):
    """The Event Lead Organiser's answer to the suggested course of action."""

    presented_at: AwareDatetime | None = None
    agreed: bool | None = None
    by: ShortText = ""
    at: AwareDatetime | None = None
    changes: LongText = ""


LEFT_UNFINISHED = "Left unfinished at the close of the event"
"""How the note reads that the desk keeps on a case left unfinished at the close, with the reason."""


class Communication(Model):
    kind: Literal["talk", "inform_reporter", "filing", "other"]
    at: AwareDatetime = Field(default_factory=now)
    by: ShortText = ""
    how: ShortText = ""
    summary: LongText = ""


class Announcement(Model):
    text: LongText = ""
    approved_by: ShortText = ""
    approved_at: AwareDatetime | None = None


class Hold(Model):
    """A report kept at the reporter's request, to be acted on only if someone else reports the same
    person: no deadline runs while it is held, and it is not on the board for action."""

    held_at: AwareDatetime | None = None
    by: ShortText = ""
    words: LongText = ""  # the reporter's request, in their words
    released_at: AwareDatetime | None = None
    released_by: ShortText = ""

    @property
    def active(self) -> bool:
        return self.held_at is not None and self.released_at is None


class Identity(Model):
    """What the team told the name matcher about this case's text: stretches that identify someone
    beyond the people's names (``marked``), and words that looked like a name but are not
    (``unmarked``)."""

    marked: Annotated[
        list[ShortText],
        AtMost(MOST_MARKS, f"a case can have at most {MOST_MARKS} stretches marked as identifying"),
    ] = Field(default_factory=list)
    unmarked: Annotated[
        list[ShortText],
        AtMost(MOST_MARKS, f"a case can have at most {MOST_MARKS} words marked as not a name"),
    ] = Field(default_factory=list)


class Deadline(Model):
    id: ShortText
    label: ShortText
    due_at: AwareDatetime
    met_at: AwareDatetime | None = None

    def overdue(self, at: datetime) -> bool:
        return self.met_at is None and is_overdue(self.due_at, at)


Answer = (
    str
    | bool
    | int
    | float
    | Annotated[list[str], AtMost(MOST_ANSWERS, f"an answer can hold at most {MOST_ANSWERS} choices")]
    | None
)
"""An ``AnswerValue`` as a case holds it: a list answer within its limit."""


class StepRecord(Model):
    """What a step holds: its field answers, its ticked checklist items and when it was done.

    Answers are kept exactly as typed (no trimming), so reading a field back never moves the cursor
    of someone still typing in it."""

    model_config = ConfigDict(str_strip_whitespace=False)

    values: Annotated[
        dict[StepId, Answer],
        AtMost(MOST_ANSWERS, f"a step can hold at most {MOST_ANSWERS} answers"),
    ] = Field(default_factory=dict)
    checked: Annotated[
        list[StepId],
        AtMost(MOST_ANSWERS, f"a step can have at most {MOST_ANSWERS} ticked checklist items"),
    ] = Field(default_factory=list)
    done_at: AwareDatetime | None = None
    done_by: ShortText = ""


class TimelineEntry(Model):
    at: AwareDatetime
    who: ShortText
    what: ShortText


CASE_PARTS = (
    "people",
    "consent",
    "placements",
    "meeting",
    "decisions",
    "agreement",
    "actions",
    "communications",
    "announcement",
    "deadlines",
    "identity",
    "hold",
    "attachments",
)
"""The parts of a case, each a field of ``Case`` stored and replaced whole (the steps' answers and the
header fields are kept apart). The vault stores these, and the desk's policy names the act that
changes each: this list is the one place they are named."""


class Case(Model):
    id: UUID = Field(default_factory=uuid4)
    code: CaseCode = Field(default_factory=new_code)
    title: ShortText = ""  # neutral, safe to show on a projector
    received_at: AwareDatetime = Field(default_factory=now)
    received_by: ShortText = ""
    handler: ShortText = ""
    status: CaseStatus = CaseStatus.RECEIVED
    paper_reference: ShortText = ""
    public_summary: LongText = ""  # the team's generalised description, for the transparency report
    steps: Annotated[
        dict[StepId, StepRecord], AtMost(MOST_STEPS, f"a case can have at most {MOST_STEPS} steps")
    ] = Field(default_factory=dict)
    people: Annotated[
        list[Person],
        AtMost(
            MOST_PEOPLE, f"a case can have at most {MOST_PEOPLE} people: reporters, reported and witnesses"
        ),
    ] = Field(default_factory=list)
    consent: Consent = Field(default_factory=Consent)
    placements: Annotated[
        list[Placement],
        AtMost(MOST_PLACEMENTS, f"a case can have at most {MOST_PLACEMENTS:,} placements on the board"),
    ] = Field(default_factory=list)
    meeting: Meeting = Field(default_factory=Meeting)
    decisions: Annotated[
        list[Decision], AtMost(MOST_DECISIONS, f"a case can have at most {MOST_DECISIONS} decisions")
    ] = Field(default_factory=list)
    agreement: Agreement = Field(default_factory=Agreement)
    actions: Annotated[
        list[Action], AtMost(MOST_ACTIONS, f"a case can have at most {MOST_ACTIONS} actions")
    ] = Field(default_factory=list)
    communications: Annotated[
        list[Communication],
        AtMost(
            MOST_COMMUNICATIONS,
            f"a case can have at most {MOST_COMMUNICATIONS:,} recorded conversations and notes",
        ),
    ] = Field(default_factory=list)
    announcement: Announcement = Field(default_factory=Announcement)
    deadlines: Annotated[
        list[Deadline], AtMost(MOST_DEADLINES, f"a case can have at most {MOST_DEADLINES} deadlines")
    ] = Field(default_factory=list)
    identity: Identity = Field(default_factory=Identity)
    hold: Hold = Field(default_factory=Hold)
    attachments: Annotated[
        list[Attachment],
        AtMost(MOST_ATTACHMENTS, f"a case can have at most {MOST_ATTACHMENTS} attachments"),
    ] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)

    @field_validator("received_at")
    @classmethod
    def _not_in_future(cls, value: datetime) -> datetime:
        if (value - now()).total_seconds() > 300:
            raise ValueError("a report cannot be received in the future")
        return value

    @property
    def placement(self) -> Placement | None:
        return self.placements[-1] if self.placements else None

    @property
    def quadrant(self) -> tuple[Level, Level] | None:
        """(risk, impact) of the latest placement."""
        current = self.placement
        return (current.risk, current.impact) if current else None

    @property
    def held(self) -> bool:
        """Held at the reporter's request: no deadline runs."""
        return self.hold.active

    def next_deadline(self) -> Deadline | None:
        if self.held:
            return None
        pending = [d for d in self.deadlines if d.met_at is None]
        return min(pending, key=lambda d: d.due_at) if pending else None

    def parties(self, party: Party) -> list[Person]:
        return [p for p in self.people if p.party == party]

    def carries_out(self, action: Action) -> str:
        """ "Carries out: <the decision, clipped>" for an action that carries out one of the case's
        decisions; "" for one that carries out none."""
        decision = next((d for d in self.decisions if d.id == action.carries_out), None)
        if action.carries_out is None or decision is None:
            return ""
        return f"Carries out: {clipped(' '.join(decision.text.split()), CARRIES_OUT_MAX)}"

    @property
    def left_unfinished(self) -> bool:
        """Closed as it stood at the close of the event, with a reason, rather than finished."""
        return any(c.how == LEFT_UNFINISHED for c in self.communications if c.kind == "other")


HIDDEN = "(withheld)"
"""What a reporter or witness, their contact or their consent's words read as to a role without
identity (``cocdesk.identity.rendition``)."""
