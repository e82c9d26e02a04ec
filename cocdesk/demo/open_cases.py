"""The demo's open cases: one just taken, two being assessed (one of them overdue), one decided.

Invented stories and people. Step and field ids are the shipped procedure's.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cocdesk.demo.builder import Draft
from cocdesk.demo.team import AMELIE, DEMO_MEMBER, EVENT_LEAD, KENJI, NGOZI, SAFE
from cocdesk.domain.case import (
    Agreement,
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


def received_at_coffee(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(minutes=25), AMELIE)
    return draft.case(
        title="Report at the coffee area",
        status=CaseStatus.RECEIVED,
        done_through="safety",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "After the keynote a man I don't know stood very close to me in the coffee"
                " queue and kept touching my back. I moved away twice and he followed me. When I told him"
                " to stop he laughed and said I should smile more.",
                "when_happened": draft.at(-40).isoformat(),
                "where_happened": "Coffee area outside hall A",
                "ongoing": "Not sure",
                "contact_preference": "Text message",
            },
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="Ελένη Παπαδοπούλου",
                contact="+30 690 555 0101",
                contact_preference="Text message",
            ),
            Person(
                party=Party.REPORTED,
                description="Man, about 40, grey hoodie, green attendee lanyard, short dark beard",
            ),
        ],
    )


def assessing_overdue(procedure: Procedure, event: Event, at: datetime) -> Case:
    """Received fourteen hours ago and not yet acted on: past the half-day deadline."""
    draft = Draft(procedure, event, at - timedelta(hours=14), KENJI)
    return draft.case(
        title="Messages during the conference",
        status=CaseStatus.ASSESSING,
        done_through="assess",
        answers={
            "safety": {
                "in_danger": False,
                "crisis_call_made": True,
                "crisis_call_to": ["Venue security"],
                "crisis_call_by": KENJI,
                "crisis_call_at": draft.at(3).isoformat(),
            },
            "gather": {
                "what_happened": "Since the first evening two people have been sending me messages in the"
                " conference chat and on my own accounts about how I look and where I am staying. One of"
                " them waits outside the talks I go to. This morning they posted a photo of me taken in"
                " the hallway.",
                "when_happened": draft.at(-36 * 60).isoformat(),
                "where_happened": "Conference chat, personal accounts, hallway outside room B",
                "ongoing": "Yes",
                "evidence": "Screenshots of 23 messages and the posted photo, sent to the team address.",
                "contact_preference": "Email",
            },
            "police": {"police_answer": "Not now, maybe later"},
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="Зоя Смирнова",
                contact="zoya.smirnova@example.org",
                contact_preference="Email",
            ),
            Person(party=Party.REPORTED, name="Дмитрий Волков", description="Attendee, blue lanyard"),
            Person(
                party=Party.REPORTED, description="Name unknown; writes in the conference chat as 'nightowl'"
            ),
            Person(
                party=Party.WITNESS,
                name="Łukasz Nowak",
                contact="+48 600 555 010",
                description="Saw the man waiting outside room B twice",
            ),
        ],
        consent=Consent(words="Please don't tell anyone it was me. They will know who complained."),
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, KENJI]),
        placements=[
            Placement(
                risk=Level.HIGH,
                impact=Level.HIGH,
                by=DEMO_MEMBER,
                at=draft.step_time("assess"),
                rationale="Persistent and coordinated, aimed at one person, and still going on.",
            )
        ],
    )


def assessing_talk(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=3), DEMO_MEMBER)
    return draft.case(
        title="Talk on the afternoon track",
        status=CaseStatus.ASSESSING,
        done_through="assess",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "In his talk the speaker made several jokes about women not understanding"
                " the topic and showed a slide with a sexualised picture. Some people laughed; a few of us"
                " walked out.",
                "when_happened": draft.at(-50).isoformat(),
                "where_happened": "Hall C, the 14:00 talk",
                "ongoing": "No",
                "evidence": "The slides are on the talk's page; the recording will be online tomorrow.",
                "contact_preference": "Email",
            },
            "police": {"police_answer": "No"},
        },
        people=[
            Person(
                party=Party.REPORTER, name="李明", contact="li.ming@example.org", contact_preference="Email"
            ),
            Person(party=Party.REPORTED, name="Jonas Müller", description="Speaker, hall C, 14:00"),
            Person(party=Party.WITNESS, name="Nguyễn Thị Hoa", contact="hoa.nguyen@example.org"),
        ],
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, NGOZI]),
        placements=[
            Placement(
                risk=Level.LOW,
                impact=Level.HIGH,
                by=AMELIE,
                at=draft.step_time("assess"),
                rationale="From the stage, to a full hall; he has no other talk at the event.",
            )
        ],
    )


def decided_lunch(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=6), NGOZI)
    return draft.case(
        title="Remark at lunch",
        status=CaseStatus.DECIDED,
        done_through="event_lead",
        paper_reference="Paper form 3",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "At lunch the person next to me made a joke about my accent, twice. Only"
                " the two of us were talking. I don't think he meant harm, but it made me feel I don't"
                " belong here.",
                "when_happened": draft.at(-20).isoformat(),
                "where_happened": "Lunch hall, table by the window",
                "ongoing": "No",
                "contact_preference": "In person",
            },
            "police": {"police_answer": "No"},
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="José Ramírez",
                contact="At the registration desk, volunteer shift",
                contact_preference="In person",
            ),
            Person(party=Party.REPORTED, name="Søren Ødegård", description="Attendee, red lanyard"),
        ],
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, NGOZI]),
        placements=[
            Placement(
                risk=Level.LOW,
                impact=Level.LOW,
                by=NGOZI,
                at=draft.step_time("assess"),
                rationale="One remark, in private; the first report about this person.",
            )
        ],
        decisions=[
            Decision(
                text="A private verbal warning today, by two of us.",
                response="verbal_warning",
                owner=AMELIE,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            )
        ],
        agreement=Agreement(
            presented_at=draft.step_time("event_lead"),
            agreed=True,
            by=EVENT_LEAD,
            at=draft.step_time("event_lead"),
        ),
    )
