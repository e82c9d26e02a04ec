"""A compact procedure with every kind of field and every part, an event, and filled cases to print."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import uuid4

from cocdesk.domain import (
    Action,
    Announcement,
    Case,
    CaseStatus,
    Communication,
    Conflict,
    Consent,
    Contact,
    CrisisContacts,
    Deadline,
    Decision,
    Event,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
    StepRecord,
    TimelineEntry,
)
from cocdesk.procedure import Procedure

PARTS = {
    "identity": "consent",
    "meeting": "meeting",
    "assess": "placement",
    "decide": "decision",
    "event_lead": "agreement",
    "act": "actions",
    "talk": "talk",
    "inform_reporter": "inform_reporter",
    "file": "filing",
    "announce": "announcement",
}
RECEIVED = datetime(2026, 6, 3, 9, 40, tzinfo=UTC)


def sample_procedure() -> Procedure:
    def step(step_id: str, title: str, **extra: Any) -> dict[str, Any]:
        data: dict[str, Any] = {"id": step_id, "title": title, "purpose": f"Why {title.lower()} matters."}
        if step_id in PARTS:
            data["part"] = PARTS[step_id]
        return data | extra

    steps = [
        step(
            "safety",
            "Make the reporter safe",
            items=[
                {"id": "private", "text": "Move to a private space", "required": True},
                {"id": "needs", "text": "Ask about quiet, water, rest, medical help, a trusted friend"},
            ],
            fields=[
                {
                    "id": "in_danger",
                    "label": "Is anyone in immediate danger?",
                    "kind": "yes_no",
                    "required": True,
                    "crisis": True,
                },
                {
                    "id": "called",
                    "label": "Who was called",
                    "kind": "multi_choice",
                    "choices": ["Venue security", "Police", "Medical"],
                },
                {"id": "called_at", "label": "When", "kind": "datetime"},
            ],
            guidance={
                "do": ["Believe them"],
                "dont": ["Ask what they want to happen"],
                "say": ["You did the right thing."],
            },
        ),
        step(
            "gather",
            "Gather information",
            fields=[
                {
                    "id": "what_happened",
                    "label": "What happened",
                    "kind": "long_text",
                    "required": True,
                    "room": "page",
                },
                {"id": "where", "label": "Where", "kind": "short_text", "identifying": True},
                {"id": "reporter", "label": "Reporter", "kind": "person", "party": "reporter"},
                {"id": "reported", "label": "Reported person(s)", "kind": "people", "party": "reported"},
                {"id": "witnesses", "label": "Witnesses", "kind": "people", "party": "witness"},
                {
                    "id": "ongoing",
                    "label": "Is it still going on?",
                    "kind": "choice",
                    "choices": ["Yes", "No", "Unsure"],
                },
                {"id": "people_count", "label": "How many people were around", "kind": "number"},
            ],
        ),
        step("police", "Offer help with the police"),
        step("identity", "Keep the reporter's identity private"),
        step("report_form", "Complete the report form"),
        step("meeting", "Meet the CoC team", role="coc_team"),
        step("assess", "Assess risk and impact", role="coc_team"),
        step("decide", "Decide what to do", role="coc_team"),
        step("event_lead", "Agree with the Event Lead Organiser", role="coc_team"),
        step("act", "Take action", role="coc_team", deadline="act"),
        step("talk", "Have the talk", role="coc_team"),
        step("inform_reporter", "Tell the reporter the outcome", role="coc_team"),
        step("file", "File the report", role="coc_team"),
        step("announce", "Announce to attendees", role="event_lead"),
    ]
    quadrant = [
        ("low", "low", "Inappropriate joke made in private", "Verbal warning"),
        ("high", "low", "Attendee with previous arrest or assault", "Take notes, follow up later"),
        ("low", "high", "Inappropriate jokes", "Public apology, remove person from event"),
        ("high", "high", "Persistent coordinated harassment", "Coordinated whole-team response"),
    ]
    return Procedure.model_validate(
        {
            "name": "Sample response procedure",
            "version": 1,
            "steps": steps,
            "deadlines": [{"id": "act", "label": "Act within half a day", "hours": 12, "met_by_step": "act"}],
            "matrix": {
                "title": "Risk and impact",
                "risk": {
                    "name": "Risk",
                    "question": "Risk of further harm?",
                    "low": "Unlikely",
                    "high": "Likely",
                },
                "impact": {"name": "Impact", "question": "Impact on people?", "low": "Few", "high": "Many"},
                "quadrants": [
                    {"risk": r, "impact": i, "example": e, "response": s} for r, i, e, s in quadrant
                ],
            },
            "response_ladder": [
                {"id": "verbal_warning", "label": "Verbal warning"},
                {"id": "removal_from_event", "label": "Removal from the event"},
                {"id": "whole_team_response", "label": "Coordinated whole-team response"},
            ],
            "announcement": {
                "template": "{thing} happened.\nThis was a violation of our policy.",
                "guidance": ["Keep it general."],
            },
            "attendee_information": [
                "Reports are documented on a paper form.",
                "Reports are not passed on to successive teams.",
            ],
        }
    )


def sample_event(**changes: Any) -> Event:
    event = Event(
        name="PyCon Ελλάδα 2026",
        starts_on=date(2026, 6, 2),
        ends_on=date(2026, 6, 4),
        venue="Θέατρο Badminton",
        time_zone="Europe/Athens",
        team_contact="+30 210 555 0100 · coc@example.org",
        policy_location="example.org/coc",
        code_promotion="On every badge, in the opening talk and on posters",
        event_lead=Contact(name="Ελένη Παπαδοπούλου", phone="+30 210 555 0101"),
        safety_officer=Contact(name="Łukasz Wiśniewski", email="officer@example.org"),
        crisis_contacts=CrisisContacts(
            venue_security=Contact(name="Venue security desk", phone="+30 210 555 0199"),
            police_emergency=Contact(name="Police (emergency)", phone="112"),
            medical=Contact(
                name="First aid room", phone="+30 210 555 0142", note="Ground floor, next to hall B"
            ),
        ),
        retention_until=date(2026, 7, 4),
    )
    return event.model_copy(update=changes)


def filed_case(n: int = 0, *, text: str = "", seed: int | None = None) -> Case:
    """A case taken through every step, with parties named in several scripts."""
    rng = random.Random(seed if seed is not None else n)
    at = RECEIVED + timedelta(hours=n % 48, minutes=n % 60)
    risk, impact = rng.choice(list(Level)), rng.choice(list(Level))
    story = text or "Зоя was followed between sessions after she declined an invitation."
    removal = uuid4()  # the decision for right now, which the escort out carries out
    people = [
        Person(
            party=Party.REPORTER, name="Зоя Смирнова", contact="+7 900 000-00-00", contact_preference="Signal"
        ),
        Person(party=Party.REPORTED, name="李伟", description="Tall, blue lanyard"),
        Person(party=Party.WITNESS, name="Ελένη Κ.", contact="eleni@example.org"),
    ]
    done = {"done_at": at + timedelta(hours=1), "done_by": "Łukasz"}
    return Case(
        code=f"{'ACDEFHJKMN'[n % 10]}{'PQRTUVWXY3'[n // 10 % 10]}{'4679ACDEFH'[n // 100 % 10]}-ACE",
        title="Unwanted attention",
        received_at=at,
        received_by="Łukasz",
        handler="Łukasz",
        status=CaseStatus.FILED,
        paper_reference=f"P-{n:03d}",
        public_summary="An attendee was followed after declining an invitation; the person was removed.",
        steps={
            "safety": StepRecord(
                values={
                    "in_danger": False,
                    "called": ["Venue security"],
                    "called_at": (at + timedelta(minutes=5)).isoformat(),
                },
                checked=["private"],
                **done,
            ),
            "gather": StepRecord(
                values={"what_happened": story, "where": "Hall B", "ongoing": "No", "people_count": 4}, **done
            ),
        },
        people=people,
        consent=Consent(share_identity=False, words="Please keep my name out of it."),
        placements=[
            Placement(
                risk=risk,
                impact=impact,
                rationale="Repeated, after a clear no.",
                by="Łukasz",
                at=at + timedelta(hours=2),
            )
        ],
        meeting=Meeting(
            at=at + timedelta(hours=2),
            present=["Łukasz", "Зоя К.", "李娜"],
            conflicts=[Conflict(member="李娜", note="Knows the reported person")],
        ),
        decisions=[
            Decision(
                id=removal,
                text="Ask the reported person to leave.",
                response="removal_from_event",
                owner="Łukasz",
                by="team",
                at=at + timedelta(hours=3),
            )
        ],
        actions=[
            Action(
                text="Escort out, deactivate badge",
                owner="Venue security",
                due=at + timedelta(hours=6),
                done_at=at + timedelta(hours=rng.choice([4, 20])),
                carries_out=removal,
            )
        ],
        communications=[
            Communication(
                kind="talk",
                by="Łukasz",
                how="In person",
                summary="Explained the decision.",
                at=at + timedelta(hours=4),
            ),
            Communication(
                kind="inform_reporter",
                by="Łukasz",
                how="Signal",
                summary="Told Зоя what we did.",
                at=at + timedelta(hours=5),
            ),
        ],
        announcement=Announcement(
            text="A violation of our code happened. We have removed a person from the event.",
            approved_by="Ελένη",
            approved_at=at + timedelta(hours=6),
        ),
        deadlines=[
            Deadline(
                id="act",
                label="Act within half a day",
                due_at=at + timedelta(hours=12),
                met_at=at + timedelta(hours=4),
            )
        ],
        timeline=[
            TimelineEntry(at=at, who="Łukasz", what="Report received"),
            TimelineEntry(at=at + timedelta(hours=4), who="Łukasz", what="Action taken"),
        ],
    )
