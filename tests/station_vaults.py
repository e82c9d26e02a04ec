"""Vaults for the station's tests and benchmarks: real SQLCipher files with the cheapest key derivation.

The team: Łukasz leads the CoC team, Зоя responds, 李明 is the Event Lead Organiser and Ελένη the
Safety and Diversity Officer. Four cases, one per quadrant and a spread of statuses; the reporters
and witnesses have names the Event Lead must never see.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cocdesk.desk import Desk, KdfParams
from cocdesk.domain import CaseStatus, Event, Level, Party, Person, Role, now
from cocdesk.vault import Vault

FAST = KdfParams(iterations=1)
LEAD, ZOYA, EVENT_LEAD, OFFICER = "Łukasz Wiśniewski", "Зоя Иванова", "李明", "Ελένη Παπαδοπούλου"
PASSPHRASES = {
    LEAD: "żółta łódź płynie nocą",
    ZOYA: "тихий вечер у моря",
    EVENT_LEAD: "红色的灯笼挂在门口",
    OFFICER: "καλημέρα κόσμε όμορφε",
}
ROLES = {ZOYA: Role.RESPONDER, EVENT_LEAD: Role.EVENT_LEAD, OFFICER: Role.SAFETY_OFFICER}

REPORTER, WITNESS, REPORTED = "Ana Núñez-Øby", "Чэнь Синь", "Björn Ålstrøm"
REPORTER_PHONE = "+41 79 555 01 23"
EVIDENCE = "Screenshots on Ana's phone of the messages"


def summit_event(**changes: object) -> Event:
    fields: dict[str, object] = {"name": "Zürich Summit 2026", "time_zone": "Europe/Zurich", **changes}
    return Event.model_validate(fields)


def create_team_vault(path: Path, *, with_cases: bool = True) -> Path:
    """A closed vault at ``path`` with the whole team and, unless asked not to, four cases."""
    with Desk.create(path, summit_event(), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        for name, role in ROLES.items():
            desk.add_member(name, role, PASSPHRASES[name])
        if with_cases:
            add_sample_cases(desk)
    return path


def open_as(path: Path, member: str = LEAD) -> Vault:
    """The storage below the desk, for checking what was written."""
    return Vault.open(path, member, PASSPHRASES[member])


def desk_as(path: Path, member: str = LEAD) -> Desk:
    return Desk.open(path, member, PASSPHRASES[member])


def add_sample_cases(desk: Desk) -> dict[str, str]:
    """Four cases, taken and placed through the desk; returns their codes by a short nickname. The
    statuses a case reaches after days of work are set on the storage directly."""
    vault = desk.vault
    social = desk.take_report(title="Remarks at the social evening")
    desk.set_part(
        social.id,
        "people",
        [
            Person(party=Party.REPORTER, name=REPORTER, contact=REPORTER_PHONE),
            Person(party=Party.REPORTED, name=REPORTED, description="Tall, green lanyard"),
            Person(party=Party.WITNESS, name=WITNESS, contact="chen@example.org"),
        ],
    )
    desk.answer(social.id, "gather", "what_happened", "He kept commenting on her accent at the bar.")
    desk.answer(social.id, "gather", "where_happened", "Hotel bar, Saal 3")
    desk.answer(social.id, "gather", "evidence", EVIDENCE)
    desk.place(social.id, Level.LOW, Level.HIGH, "Repeated remarks in public")

    late = desk.take_report(title="Slide in a lightning talk", received_at=now() - timedelta(days=1))
    desk.answer(late.id, "gather", "what_happened", "A slide with a demeaning picture.")
    desk.place(late.id, Level.LOW, Level.LOW, "One slide, speaker apologised")
    vault.update_case(late.id, status=CaseStatus.ASSESSING)

    filed = desk.take_report(title="Messages after the keynote", received_at=now() - timedelta(hours=30))
    desk.set_part(filed.id, "people", [Person(party=Party.REPORTER, name="Søren Ødegård")])
    desk.place(filed.id, Level.HIGH, Level.HIGH, "Coordinated, several accounts")
    vault.update_case(filed.id, status=CaseStatus.FILED, handler=ZOYA)

    closed = desk.take_report(title="Badge photo without consent", received_at=now() - timedelta(hours=50))
    desk.place(closed.id, Level.HIGH, Level.LOW, "Earlier incident elsewhere")
    vault.update_case(closed.id, status=CaseStatus.CLOSED)
    return {"social": social.code, "late": late.code, "filed": filed.code, "closed": closed.code}
