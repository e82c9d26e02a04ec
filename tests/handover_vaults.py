"""A vault for the shift handover's tests: a team of four and five cases, three of them open.

The reporters and witnesses have names in four scripts (Łukasz, Зоя, 李, José) that no handover may
show; the team's own names (who owns a case, who confirmed) are shown as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import CaseStatus, Event, Level, Party, Person, Role, now
from cocdesk.domain.case import Action, Communication

FAST = KdfParams(iterations=1)
LEAD, RESPONDER, EVENT_LEAD, OFFICER = "Ingrid Holm", "Kofi Mensah", "Amara Obi", "Sione Vea"
PASSPHRASES = {
    LEAD: "the gulls fly over the harbour at dawn",
    RESPONDER: "green tea in the quiet morning hall",
    EVENT_LEAD: "lanterns hang above the old gate",
    OFFICER: "good morning beautiful world again",
}
ROLES = {RESPONDER: Role.RESPONDER, EVENT_LEAD: Role.EVENT_LEAD, OFFICER: Role.SAFETY_OFFICER}
NAMES = ("Łukasz Nowak", "Зоя Петрова", "李华", "José Álvarez")
"""Reporters and witnesses: never on a handover."""
TOLD_NEXT = "Łukasz hears from us by 18:00 tomorrow, by phone"
TOLD_REPORTER = "Told Łukasz the team meets at 9 and that Зоя's account is noted"


@dataclass(frozen=True)
class Codes:
    late: str  # received two days ago: its deadline overdue, promises recorded; owned by the responder
    placed: str  # assessing, an overdue action, owned by no one
    fresh: str  # received just now, nothing done
    filed: str
    closed: str


def create_handover_vault(path: Path) -> Codes:
    event = Event.model_validate({"name": "Kraków Code Camp 2026", "time_zone": "Europe/Warsaw"})
    with Desk.create(path, event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        for name, role in ROLES.items():
            desk.add_member(name, role, PASSPHRASES[name])
        return _cases(desk)


def _cases(desk: Desk) -> Codes:
    late = desk.take_report(title="Remarks at the bar", received_at=now() - timedelta(days=2))
    desk.set_part(
        late.id,
        "people",
        [
            Person(party=Party.REPORTER, name=NAMES[0], contact="+48 600 100 200"),
            Person(party=Party.REPORTED, name="Bo Lindqvist", description="Tall, red hoodie"),
            Person(party=Party.WITNESS, name=NAMES[1]),
        ],
    )
    desk.answer(late.id, "police", "police_answer", "Yes, with our help")
    desk.answer(late.id, "report_form", "told_next", TOLD_NEXT)
    told = Communication(kind="inform_reporter", by=RESPONDER, how="Phone", summary=TOLD_REPORTER)
    desk.set_part(late.id, "communications", [told])
    desk.update_case(late.id, handler=RESPONDER)

    placed = desk.take_report(title="Slide in a talk", received_at=now() - timedelta(hours=3))
    desk.set_part(
        placed.id,
        "people",
        [Person(party=Party.REPORTER, name=NAMES[2]), Person(party=Party.WITNESS, name=NAMES[3])],
    )
    desk.place(placed.id, Level.LOW, Level.LOW, "One slide")
    desk.vault.update_case(placed.id, status=CaseStatus.ASSESSING)
    overdue = Action(text="Ask the speaker for the slides", due=now() - timedelta(hours=1))
    desk.set_part(placed.id, "actions", [overdue])

    fresh = desk.take_report(title="Noise at the hackathon")

    filed = desk.take_report(title="Messages after the keynote", received_at=now() - timedelta(hours=30))
    desk.set_part(filed.id, "people", [Person(party=Party.REPORTER, name="José Filed")])
    desk.vault.update_case(filed.id, status=CaseStatus.FILED)
    closed = desk.take_report(title="Photo without consent", received_at=now() - timedelta(hours=50))
    desk.vault.update_case(closed.id, status=CaseStatus.CLOSED)
    return Codes(late.code, placed.code, fresh.code, filed.code, closed.code)


def desk_as(path: Path, member: str = LEAD) -> Desk:
    return Desk.open(path, member, PASSPHRASES[member])
