"""The wizard's rules, without a window: every step's needs, danger, the odd team, deadlines, announcement."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cocdesk.domain import (
    Action,
    Agreement,
    Announcement,
    Case,
    Communication,
    Conflict,
    Consent,
    Decision,
    Event,
    Level,
    Meeting,
    Party,
    Person,
    Placement,
    StepRecord,
    now,
)
from cocdesk.flow import announcement
from cocdesk.flow.deadlines import after_step, deadlines_for
from cocdesk.flow.engine import Flow, StepState
from cocdesk.flow.requirements import in_danger, missing
from cocdesk.procedure import Step, default_procedure

PROCEDURE = default_procedure()


def fresh_case(hours_ago: float = 0) -> Case:
    received = now() - timedelta(hours=hours_ago)
    return Case(received_at=received, deadlines=deadlines_for(PROCEDURE, Event(name="Test"), received))


def ident(step: Step | None) -> str | None:
    return step.id if step else None


def needs(case: Case, step_id: str) -> list[str]:
    return missing(PROCEDURE.step(step_id), case)


def test_a_new_case_starts_at_safety_and_walks_the_procedure_in_order() -> None:
    case = fresh_case()
    flow = Flow(PROCEDURE, case, now())
    assert ident(flow.next_step()) == "safety"
    ids = [s.id for s in PROCEDURE.steps]
    assert ident(flow.following("safety")) == ids[1]
    assert ident(flow.previous("gather")) == "safety"
    assert flow.previous("safety") is None
    assert flow.following(ids[-1]) is None


def test_the_next_step_skips_what_is_done() -> None:
    case = fresh_case()
    case.steps["safety"] = StepRecord(done_at=now(), done_by="Łukasz")
    flow = Flow(PROCEDURE, case, now())
    assert ident(flow.next_step()) == "gather"
    assert flow.status("safety").state == StepState.DONE


def test_safety_needs_the_danger_answer_and_the_private_space() -> None:
    case = fresh_case()
    gaps = needs(case, "safety")
    assert any("immediate danger" in gap for gap in gaps)
    assert any("private" in gap.lower() for gap in gaps)
    case.steps["safety"] = StepRecord(values={"in_danger": False}, checked=["private_space"])
    assert needs(case, "safety") == []


def test_danger_branch_follows_the_answer() -> None:
    case = fresh_case()
    assert not in_danger(PROCEDURE, case)
    case.steps["safety"] = StepRecord(values={"in_danger": False})
    assert not in_danger(PROCEDURE, case)
    case.steps["safety"] = StepRecord(values={"in_danger": True})
    assert in_danger(PROCEDURE, case)


def test_gathering_needs_what_happened_and_a_reporter() -> None:
    case = fresh_case()
    gaps = needs(case, "gather")
    assert any("What happened" in gap for gap in gaps)
    case.steps["gather"] = StepRecord(values={"what_happened": "Зоя was followed to the hotel by 李"})
    case.people = [Person(party=Party.REPORTER, name="Зоя Смирнова")]
    assert not any("What happened" in gap for gap in needs(case, "gather"))
    assert not any("reporter" in gap.lower() for gap in needs(case, "gather"))


def test_consent_to_share_needs_the_reporters_words() -> None:
    case = fresh_case()
    case.consent = Consent(share_identity=True, with_whom="venue security")
    assert any("consent" in gap for gap in needs(case, "identity") if "Tick" not in gap)
    case.consent = Consent(
        share_identity=True, with_whom="venue security", words="Yes, tell security it was me"
    )
    assert [gap for gap in needs(case, "identity") if "Tick" not in gap] == []


@pytest.mark.parametrize(
    ("present", "recused", "reason", "ok"),
    [
        (["Łukasz", "Ελένη", "Зоя"], [], "", True),
        (["Łukasz", "Ελένη", "Зоя", "李明", "Ana"], [], "", True),
        (["Łukasz", "Ελένη"], [], "", False),
        (["Łukasz", "Ελένη", "Зоя", "李明"], [], "", False),
        (["Łukasz", "Ελένη", "Зоя", "李明"], ["李明"], "", True),
        (["Łukasz", "Ελένη", "Зоя", "李明"], [], "Ana is ill; the others agreed to go ahead", True),
    ],
)
def test_the_team_is_an_odd_number_or_gives_a_reason(
    present: list[str], recused: list[str], reason: str, ok: bool
) -> None:
    case = fresh_case()
    conflicts = [Conflict(member=name, note="knows the reported person") for name in recused]
    case.meeting = Meeting(present=present, conflicts=conflicts, size_reason=reason)
    rule_gaps = [gap for gap in needs(case, "meeting") if "Tick" not in gap]
    assert (rule_gaps == []) is ok


def test_assess_decide_agree_and_act_each_need_their_record() -> None:
    case = fresh_case()
    for step_id in ("assess", "decide", "event_lead", "act", "talk", "inform_reporter", "file", "announce"):
        assert [gap for gap in needs(case, step_id) if "Tick" not in gap], step_id
    case.placements = [
        Placement(risk=Level.HIGH, impact=Level.HIGH, rationale="Repeated, coordinated", by="Ελένη")
    ]
    case.decisions = [Decision(text="Remove from the event", owner="Łukasz")]
    case.agreement = Agreement(agreed=True, by="Event Lead", at=now())
    case.actions = [Action(text="Badge revoked", owner="Łukasz", done_at=now())]
    case.communications = [
        Communication(kind="talk", summary="Defensive"),
        Communication(kind="inform_reporter", how="in person"),
        Communication(kind="filing", summary="exported"),
    ]
    case.announcement = Announcement(text="Something happened.", approved_by="Event Lead")
    for step_id in ("assess", "decide", "event_lead", "act", "talk", "inform_reporter", "file", "announce"):
        assert [gap for gap in needs(case, step_id) if "Tick" not in gap] == [], step_id


def test_an_action_planned_but_not_taken_is_not_done() -> None:
    case = fresh_case()
    case.actions = [Action(text="Talk to them", owner="Łukasz")]
    assert any("done" in gap for gap in needs(case, "act"))


def test_the_half_day_deadline_turns_late_and_is_met_by_acting() -> None:
    on_time, late = fresh_case(hours_ago=1), fresh_case(hours_ago=13)
    act_step = next(s for s in PROCEDURE.steps if s.deadline)
    assert Flow(PROCEDURE, on_time, now()).status(act_step.id).state == StepState.WAITING
    assert Flow(PROCEDURE, late, now()).status(act_step.id).state == StepState.LATE
    assert Flow(PROCEDURE, late, now()).overdue()
    late.deadlines = after_step(PROCEDURE, late.deadlines, act_step.id, now())
    assert Flow(PROCEDURE, late, now()).overdue() == []


def test_an_event_may_shorten_the_deadline() -> None:
    received = now()
    rule = PROCEDURE.deadlines[0]
    shorter = deadlines_for(PROCEDURE, Event(name="Test", deadline_hours={rule.id: 4}), received)
    assert shorter[0].due_at == received + timedelta(hours=4)


def test_the_announcement_flags_names_contacts_details_and_glib_phrases() -> None:
    case = fresh_case()
    case.people = [
        Person(party=Party.REPORTER, name="Зоя Смирнова", contact="zoya@example.org"),
        Person(party=Party.REPORTED, name="Łukasz Nowak"),
        Person(party=Party.WITNESS, name="李明"),
    ]
    case.steps["gather"] = StepRecord(values={"where_happened": "Room 2B after the keynote"})
    draft = (
        "An attendee, Nowak, harassed someone in Room 2B after the keynote. 李明 saw it. "
        "Write to zoya@example.org. Remember: be excellent to each other, and just don’t be a jerk."
    )
    flags = announcement.check(draft, case, PROCEDURE)
    kinds = {(flag.kind, flag.term) for flag in flags}
    assert ("name", "Nowak") in kinds
    assert ("name", "李明") in kinds
    assert ("contact", "zoya@example.org") in kinds
    assert ("detail", "Room 2B after the keynote") in kinds
    assert {flag.kind for flag in flags} >= {"phrase"}
    assert all(draft[f.start : f.end] == f.term for f in flags)


def test_a_general_announcement_passes_clean() -> None:
    case = fresh_case()
    case.people = [
        Person(party=Party.REPORTER, name="Зоя Смирнова"),
        Person(party=Party.REPORTED, name="Ana"),
    ]
    template = PROCEDURE.announcement.template
    text = announcement.fill(
        template,
        thing="An attendee made unwelcome comments to another attendee",
        action="removed the person from the event",
        location="the conference website",
        contact="find any CoC team member at the desk",
    )
    assert "{" not in text
    assert announcement.check(text, case, PROCEDURE) == []


def test_a_short_name_inside_another_word_is_not_flagged() -> None:
    case = fresh_case()
    case.people = [Person(party=Party.REPORTED, name="Ana")]
    assert announcement.check("We reviewed the banana incident", case, PROCEDURE) == []
    assert [f.term for f in announcement.check("Ana was warned", case, PROCEDURE)] == ["Ana"]
