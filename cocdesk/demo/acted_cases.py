"""The demo's cases that were acted on and filed, and what every acted-on case holds.

Invented stories and people. Step and field ids are the shipped procedure's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

from cocdesk.demo.builder import Draft
from cocdesk.demo.team import AMELIE, DEMO_MEMBER, EVENT_LEAD, KENJI, NGOZI, SAFE, SAFETY_OFFICER
from cocdesk.domain.case import (
    Action,
    Agreement,
    Case,
    CaseStatus,
    Communication,
    Conflict,
    Decision,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
)
from cocdesk.domain.event import Event
from cocdesk.procedure.model import Procedure


def acted_on(draft: Draft, step_id: str) -> dict[str, object]:
    """The meeting, the lead's agreement and the outcome talks of a case acted on in the usual order."""
    at = draft.step_time
    return {
        "agreement": Agreement(
            presented_at=at("event_lead"), agreed=True, by=EVENT_LEAD, at=at("event_lead")
        ),
        "communications": [
            Communication(
                kind="talk",
                at=at("talk"),
                by=AMELIE,
                how="In person, in the team room",
                summary="Explained what was reported and what the team decided.",
            ),
            Communication(
                kind="inform_reporter",
                at=at("inform_reporter"),
                by=DEMO_MEMBER,
                how="The way they asked",
                summary="Told them, in general terms, what we did.",
            ),
        ]
        + (
            [
                Communication(
                    kind="filing",
                    at=at("file"),
                    by=DEMO_MEMBER,
                    how="Handed over in person",
                    summary=f"Filed with {SAFETY_OFFICER}.",
                )
            ]
            if step_id in ("file", "announce")
            else []
        ),
    }


def acted_previous_incident(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=27), AMELIE)
    decided = uuid4()  # the decision for right now, which its action carries out
    return draft.case(
        title="Attendee with an earlier incident",
        status=CaseStatus.ACTED,
        done_through="inform_reporter",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "I recognised an attendee who was removed from another conference last year"
                " after assaulting someone at its party. He has not done anything here that I saw, but I am"
                " afraid to go to the party tonight.",
                "where_happened": "Registration area",
                "ongoing": "No",
                "contact_preference": "Phone call",
            },
            "police": {"police_answer": "No"},
            "talk": {
                "talk_manner": "Defensive and blame-shifting",
                "talk_response": "Said it was a misunderstanding and the other conference was biased."
                " Agreed to leave the party by ten.",
            },
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="ليلى حداد",
                contact="+49 170 555 0177",
                contact_preference="Phone call",
            ),
            Person(
                party=Party.REPORTED, name="Brendan Kowalczyk", description="Attendee, sponsor's booth staff"
            ),
        ],
        meeting=Meeting(at=draft.step_time("meeting"), present=[DEMO_MEMBER, AMELIE, KENJI]),
        placements=[
            Placement(
                risk=Level.HIGH,
                impact=Level.LOW,
                by=KENJI,
                at=draft.step_time("assess"),
                rationale="An assault at another event; nothing here yet, and a party tonight.",
            )
        ],
        decisions=[
            Decision(
                id=decided,
                text="Brief venue security; two of us at the party; talk with him before it.",
                response="follow_up_later",
                owner=AMELIE,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            ),
            Decision(
                horizon="later",
                text="Ask the organisers to consider a ban from future events.",
                response="ban_future_events",
                owner=DEMO_MEMBER,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            ),
        ],
        actions=[
            Action(
                text="Brief venue security for the party",
                owner="Venue security",
                due=draft.at(6 * 60),
                done_at=draft.step_time("act"),
                carries_out=decided,
            ),
            Action(
                text="Two team members at the evening party",
                owner=AMELIE,
                due=draft.at(9 * 60),
                done_at=draft.at(9 * 60),
                carries_out=decided,
            ),
        ],
        **acted_on(draft, "inform_reporter"),
    )


def filed_hallway(procedure: Procedure, event: Event, at: datetime) -> Case:
    draft = Draft(procedure, event, at - timedelta(hours=50), KENJI)
    decided = uuid4()  # the decision for right now, which its action carries out
    return draft.case(
        title="Hallway track session",
        status=CaseStatus.FILED,
        done_through="file",
        answers={
            "safety": SAFE,
            "gather": {
                "what_happened": "In the open hallway session a man made jokes about disabled people in front"
                " of about twenty of us, and kept going when someone asked him to stop.",
                "where_happened": "Hallway track, first floor",
                "ongoing": "No",
                "contact_preference": "Email",
            },
            "police": {"police_answer": "No"},
            "talk": {
                "talk_manner": "Embarrassed and apologetic",
                "talk_response": "Apologised at once and offered to apologise to the group.",
            },
        },
        people=[
            Person(
                party=Party.REPORTER,
                name="田中 さくら",
                contact="sakura.tanaka@example.org",
                contact_preference="Email",
            ),
            Person(party=Party.REPORTED, name="Kevin Hartmann", description="Attendee, hallway session host"),
            Person(party=Party.WITNESS, name="Mehmet Yılmaz"),
        ],
        meeting=Meeting(
            at=draft.step_time("meeting"),
            present=[DEMO_MEMBER, AMELIE, KENJI, NGOZI],
            conflicts=[Conflict(member=KENJI, note="Works with the reported person")],
        ),
        placements=[
            Placement(
                risk=Level.LOW,
                impact=Level.HIGH,
                by=AMELIE,
                at=draft.step_time("assess"),
                rationale="Public, about twenty people; he stopped when the team talked to him.",
            )
        ],
        decisions=[
            Decision(
                id=decided,
                text="A public apology at the start of the next hallway session.",
                response="public_apology",
                owner=NGOZI,
                by=DEMO_MEMBER,
                at=draft.step_time("decide"),
            )
        ],
        actions=[
            Action(
                text="Agree the apology's words with him",
                owner=NGOZI,
                due=draft.at(8 * 60),
                done_at=draft.step_time("act"),
                carries_out=decided,
            )
        ],
        public_summary="Jokes about disabled people in a public session; the person apologised in public.",
        **acted_on(draft, "file"),
    )
