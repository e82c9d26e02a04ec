"""The demo's closed cases: one settled with a warning, one with a removal and an announcement.

Invented stories and people. Step and field ids are the shipped procedure's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

from cocdesk.demo.acted_cases import acted_on
from cocdesk.demo.builder import Draft
from cocdesk.demo.team import AMELIE, DEMO_MEMBER, EVENT_LEAD, NGOZI, SAFE
from cocdesk.domain.case import (
    Action,
    Announcement,
    Case,
    CaseStatus,
    Consent,
    Decision,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
)
from cocdesk.domain.event import Event
from cocdesk.procedure.model import Procedure


def closed_sprint(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=52), NGOZI)
    decided = uuid4()  # the decision for right now, which its action carries out
    return draft.case(
        title="Joke at the sprint table",
        status=CaseStatus.CLOSED,
        done_through="announce",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "Someone at the sprint table made a joke about my religion. Only three"
                " of us heard it.",
                "where_happened": "Sprint room",
                "ongoing": "No",
                "contact_preference": "Email",
            },
            "police": {"police_answer": "No"},
            "talk": {"talk_manner": "Embarrassed and apologetic"},
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="Siobhán Ní Bhriain",
                contact="siobhan@example.org",
                contact_preference="Email",
            ),
            Person(party=Party.REPORTED, name="Paulina Zielińska"),
        ],
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, NGOZI]),
        placements=[
            Placement(
                risk=Level.LOW,
                impact=Level.LOW,
                by=DEMO_MEMBER,
                at=draft.step_time("assess"),
                rationale="A single joke in a small group, regretted at once.",
            )
        ],
        decisions=[
            Decision(
                id=decided,
                text="A verbal warning.",
                response="verbal_warning",
                owner=NGOZI,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            )
        ],
        actions=[
            Action(text="Verbal warning", owner=NGOZI, done_at=draft.step_time("act"), carries_out=decided)
        ],
        public_summary="An inappropriate joke in a small group; the person received a verbal warning.",
        **acted_on(draft, "announce"),
    )


def closed_party(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=45), DEMO_MEMBER)
    decided = uuid4()  # the decision for right now, which its action carries out
    return draft.case(
        title="Evening party, first day",
        status=CaseStatus.CLOSED,
        done_through="announce",
        answers={
            "safety": {
                "in_danger": True,
                "crisis_call_made": True,
                "crisis_call_to": ["Venue security"],
                "crisis_call_by": DEMO_MEMBER,
                "crisis_call_at": draft.at(2).isoformat(),
            },
            "gather": {
                "what_happened": "At the party a man grabbed my wrist and tried to pull me outside. When I"
                " refused he shouted at me and followed me to the cloakroom, until security came.",
                "when_happened": draft.at(-10).isoformat(),
                "where_happened": "Evening party, cloakroom",
                "ongoing": "No",
                "contact_preference": "Text message",
            },
            "police": {"police_answer": "Yes, with our help", "police_reference": "Report 2026/0457"},
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="Nguyễn Thị Hoa",
                contact="+49 176 555 0144",
                contact_preference="Text message",
            ),
            Person(party=Party.REPORTED, name="Marco Bellini", description="Attendee, tall, black jacket"),
            Person(party=Party.WITNESS, name="Зоя Смирнова"),
            Person(party=Party.WITNESS, name="José Ramírez", contact="At the registration desk"),
        ],
        consent=Consent(
            share_identity=True,
            with_whom="Venue security and the police",
            words="You can give my name to security and to the police, nobody else.",
        ),
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, NGOZI]),
        placements=[
            Placement(
                risk=Level.HIGH,
                impact=Level.HIGH,
                by=DEMO_MEMBER,
                at=draft.step_time("assess"),
                rationale="Physical, in front of others, and he followed her after she said no.",
            )
        ],
        decisions=[
            Decision(
                id=decided,
                text="Remove him from the event now, with venue security.",
                response="removal_from_event",
                owner=DEMO_MEMBER,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            ),
            Decision(
                horizon="later",
                text="A ban from future events.",
                response="ban_future_events",
                owner=EVENT_LEAD,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            ),
        ],
        actions=[
            Action(
                text="Escort him out with venue security; deactivate his badge",
                owner="Venue security",
                due=draft.at(60),
                done_at=draft.at(50),
                carries_out=decided,
            ),
            Action(text="Help her make the police report", owner=AMELIE, done_at=draft.step_time("act")),
        ],
        announcement=Announcement(
            text="An attendee was physically harassed at the evening party on the first day. This was a"
            " violation of our policy. We apologise for this. We have removed a person from the event. This"
            " is a good time for all attendees to review our policy at democonf.example.org/code-of-conduct."
            " If anyone would like to discuss this further they can write to coc@democonf.example.org.",
            approved_by=EVENT_LEAD,
            approved_at=draft.step_time("announce"),
        ),
        public_summary="Physical harassment at a party; the person was removed from the event.",
        **acted_on(draft, "announce"),
    )
