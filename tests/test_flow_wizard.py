"""The wizard's own rules, without a window: the Event Lead's briefing, approving the announcement, and
the status a case takes from the steps done."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from cocdesk.domain import (
    Case,
    CaseStatus,
    Consent,
    Decision,
    Level,
    Party,
    Person,
    Placement,
    StepRecord,
    now,
)
from cocdesk.domain.case import Recipient
from cocdesk.flow.approval import blockers, unfilled
from cocdesk.flow.briefing import briefing
from cocdesk.flow.progress import status_from_steps
from cocdesk.procedure import default_procedure

PROCEDURE = default_procedure()
ZURICH = ZoneInfo("Europe/Zurich")
REPORTER, WITNESS, REPORTED = "Зоя Смирнова", "Łucja Kowalska", "王伟"


def case_with_people() -> Case:
    return Case(
        title="Remarks at the bar",
        people=[
            Person(party=Party.REPORTER, name=REPORTER, contact="zoya@example.org"),
            Person(party=Party.REPORTED, name=REPORTED, description="grey suit"),
            Person(party=Party.WITNESS, name=WITNESS, contact="+41 79 555 77 66"),
        ],
        steps={
            "gather": StepRecord(values={"evidence": "Photos on Zoya's phone", "what_happened": "Он сказал…"})
        },
        placements=[Placement(risk=Level.HIGH, impact=Level.LOW, rationale="He did it before", by="Ελένη")],
        decisions=[
            Decision(text="Talk to him tonight", response="verbal_warning", owner="Łukasz"),
            Decision(horizon="later", text="Check last year's reports"),
        ],
    )


def test_the_briefing_shows_the_course_of_action_and_no_reporter_or_witness() -> None:
    rows = dict(briefing(PROCEDURE, case_with_people(), ZURICH))
    shown = "\n".join(f"{k}: {v}" for k, v in rows.items())
    for secret in (REPORTER, "zoya@example.org", WITNESS, "+41 79", "Photos on Zoya"):
        assert secret not in shown
    assert REPORTED in rows["Reported"]
    assert rows["Reporter and witnesses"] == "1 reporter and 1 witness: names and contacts withheld"
    assert "take notes, follow up later" in rows["The matrix suggests"]
    assert rows["Right now"] == "Verbal warning: Talk to him tonight (by Łukasz)"
    assert rows["Later"] == "Check last year's reports"
    assert rows["Reporter's identity"] == "Kept private to the CoC team"


def test_the_briefing_says_when_the_reporter_agreed_to_share() -> None:
    case = case_with_people().model_copy(
        update={
            "consent": Consent(
                share_identity=True,
                recipients=[Recipient.VENUE_SECURITY],
                with_whom="Jürgen at the door",
                words="Ja, Security darf es wissen",
            )
        }
    )
    rows = dict(briefing(PROCEDURE, case, ZURICH))
    assert rows["Reporter's identity"] == "May be shared with venue security, as the reporter agreed"
    assert "Ja, Security" not in "\n".join(rows.values())
    assert "Jürgen" not in "\n".join(rows.values())  # whom they named is the CoC team's to know


def test_an_unplaced_case_says_so() -> None:
    rows = dict(briefing(PROCEDURE, Case(), ZURICH))
    assert rows["On the matrix"] == "Not placed on the matrix yet"
    assert rows["Right now"] == "No decision recorded yet"


def test_a_draft_is_blocked_by_gaps_names_and_glib_phrases_until_general() -> None:
    case = case_with_people()
    assert blockers("", case, PROCEDURE) == ["Write the announcement first"]
    assert unfilled("{thing} happened. We have taken <action>.") == ["{thing}", "<action>"]
    draft = "王伟 said things. We removed him. Just don't be a jerk."
    reasons = blockers(draft, case, PROCEDURE)
    assert "“王伟” names someone involved" in reasons
    assert any("glib phrase" in reason for reason in reasons)
    general = "An attendee made unwelcome remarks. We have taken action. Please review our policy."
    assert blockers(general, case, PROCEDURE) == []


def test_the_status_follows_the_furthest_step_done() -> None:
    def done(*step_ids: str) -> Case:
        return Case(steps={step_id: StepRecord(done_at=now(), done_by="Łukasz") for step_id in step_ids})

    assert status_from_steps(PROCEDURE, done("safety", "gather")) == CaseStatus.RECEIVED
    assert status_from_steps(PROCEDURE, done("meeting")) == CaseStatus.ASSESSING
    assert status_from_steps(PROCEDURE, done("meeting", "assess", "decide")) == CaseStatus.DECIDED
    assert status_from_steps(PROCEDURE, done("decide", "act")) == CaseStatus.ACTED
    assert status_from_steps(PROCEDURE, done("act", "file")) == CaseStatus.FILED
    closed = done("file").model_copy(update={"status": CaseStatus.CLOSED})
    assert status_from_steps(PROCEDURE, closed) == CaseStatus.CLOSED
