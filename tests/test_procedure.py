"""The procedure that ships with the app holds the whole response checklist, in order, and the matrix."""

from __future__ import annotations

import re
import string
from pathlib import Path

from cocdesk.domain.case import Level, Party
from cocdesk.procedure import FieldKind, Part, Procedure, StepRole, default_procedure, load_procedure
from cocdesk.procedure.loader import default_procedure_text

STEP_IDS = [
    "safety",
    "gather",
    "police",
    "identity",
    "report_form",
    "meeting",
    "assess",
    "decide",
    "event_lead",
    "act",
    "talk",
    "inform_reporter",
    "file",
    "announce",
]

# Every bullet of "Steps when receiving a report", in order, with the step that must carry it.
CHECKLIST_PHRASES = [
    ("The first priority is to protect the reporter", "safety"),
    ("private channel", "safety"),
    ("private space", "safety"),
    ("quiet, water, rest, medical help, a trusted friend", "safety"),
    ("Focus on gathering information", "gather"),
    ("Believe them", "gather"),
    ("Offer help reporting to police, if they want", "police"),
    ("Don't ask them what they want to happen", "police"),
    ("keep the reporter's identity private from everyone except the CoC team", "identity"),
    ("explicitly asked or demonstrated otherwise", "identity"),
    ("Complete the Code of Conduct Incident report form", "report_form"),
    ("Meet CoC team (2 or 4 others, so odd number total)", "meeting"),
    ("Assess impact and risk of further harm", "assess"),
    ("Determine what action to take, who will take it", "decide"),
    ('Make a decision for "right now"', "decide"),
    ("Decide longer term actions later", "decide"),
    ("Present suggested course of action to Event Lead Organiser; get agreement", "event_lead"),
    ("Take action (aim for this within half a day of report)", "act"),
    ('"the talk"', "talk"),
    ("Inform person who reported of outcome", "inform_reporter"),
    ("Complete report form and file with nominated Safety and Diversity Officer", "file"),
    ("CoC team can access", "file"),
    ("Safety and Diversity Officer will summarise to organising team as necessary", "file"),
    ("Inform attendees through announcement", "announce"),
    ("reports are taken seriously", "announce"),
    ("details that may lead to the victim or perpetrator being targeted", "announce"),
    ("Keep it general", "announce"),
]

WANTING = re.compile(r"\b(want|wish|like|prefer|hope)", re.IGNORECASE)
AN_OUTCOME = re.compile(r"\b(happen|outcome|done|action|consequence)", re.IGNORECASE)


def step_text(procedure: Procedure, step_id: str) -> str:
    step = procedure.step(step_id)
    guidance = step.guidance
    lines = [step.title, *(i.text for i in step.items), *guidance.do, *guidance.dont, *guidance.say]
    return "\n".join(lines).casefold()


def asks_what_the_reporter_wants(text: str) -> bool:
    return bool(WANTING.search(text) and AN_OUTCOME.search(text))


def test_the_steps_follow_the_checklist_in_order() -> None:
    procedure = default_procedure()
    assert [s.id for s in procedure.steps] == STEP_IDS
    assert procedure.version == 1
    assert procedure.step("safety").title == "Safety first"


def test_every_checklist_bullet_is_on_its_step() -> None:
    procedure = default_procedure()
    missing = [
        (phrase, step)
        for phrase, step in CHECKLIST_PHRASES
        if phrase.casefold() not in step_text(procedure, step)
    ]
    assert missing == []
    positions = [STEP_IDS.index(step) for _, step in CHECKLIST_PHRASES]
    assert positions == sorted(positions)


def test_the_care_checklist_offers_each_comfort() -> None:
    items = [i.text for i in default_procedure().step("safety").items]
    assert items[0].startswith("Move to a private channel")
    for comfort in ("quiet", "water", "rest", "medical help", "a trusted friend"):
        assert any(re.search(rf"\b{comfort}\b", text) for text in items), comfort


def test_gathering_tells_the_responder_what_not_to_ask() -> None:
    gather = default_procedure().step("gather")
    assert "Don't ask them what they want to happen: this is our responsibility." in gather.guidance.dont
    assert "Believe them." in gather.guidance.do


def test_the_report_asks_what_the_handbooks_ask() -> None:
    gather = default_procedure().step("gather")
    kinds = {f.id: f.kind for f in gather.fields}
    assert kinds == {
        "what_happened": FieldKind.LONG_TEXT,
        "when_happened": FieldKind.DATETIME,
        "where_happened": FieldKind.SHORT_TEXT,
        "reporter": FieldKind.PERSON,
        "reported": FieldKind.PEOPLE,
        "witnesses": FieldKind.PEOPLE,
        "ongoing": FieldKind.CHOICE,
        "evidence": FieldKind.LONG_TEXT,
        "contact_preference": FieldKind.CHOICE,
    }
    assert gather.field("what_happened").required
    assert gather.field("what_happened").label.endswith("in their own words")
    parties = {f.id: f.party for f in gather.fields if f.party}
    assert parties == {"reporter": Party.REPORTER, "reported": Party.REPORTED, "witnesses": Party.WITNESS}
    assert gather.field("reporter").identifying and gather.field("witnesses").identifying
    assert "describe them" in gather.field("reported").help
    assert gather.field("ongoing").choices == ["Yes", "No", "Not sure"]
    assert "Not at all" in gather.field("contact_preference").choices


def test_safety_asks_about_danger_first_and_records_the_call() -> None:
    safety = default_procedure().step("safety")
    danger = safety.fields[0]
    assert (danger.id, danger.kind, danger.required) == ("in_danger", FieldKind.YES_NO, True)
    assert {f.id for f in safety.fields} >= {"crisis_call_made", "crisis_call_by", "crisis_call_at"}
    assert safety.guidance.do[0] == "The first priority is to protect the reporter."


def test_no_question_asks_what_the_reporter_wants_to_happen() -> None:
    assert asks_what_the_reporter_wants("What would they like to happen next?")
    assert asks_what_the_reporter_wants("Outcome the reporter wants")
    assert not asks_what_the_reporter_wants("How they wish to be contacted")
    for step in default_procedure().steps:
        for spec in step.fields:
            for text in (spec.label, spec.help, *spec.choices):
                assert not asks_what_the_reporter_wants(text), (step.id, spec.id, text)


def test_structured_steps_record_their_part_and_the_right_role_does_them() -> None:
    procedure = default_procedure()
    expected = {
        Part.CONSENT: "identity",
        Part.MEETING: "meeting",
        Part.PLACEMENT: "assess",
        Part.DECISION: "decide",
        Part.AGREEMENT: "event_lead",
        Part.ACTIONS: "act",
        Part.TALK: "talk",
        Part.INFORM_REPORTER: "inform_reporter",
        Part.FILING: "file",
        Part.ANNOUNCEMENT: "announce",
    }
    assert {part: procedure.step_with_part(part).id for part in Part} == expected  # type: ignore[union-attr]
    assert procedure.step("meeting").role == StepRole.COC_TEAM
    assert procedure.step("assess").role == StepRole.COC_TEAM
    assert procedure.step("announce").role == StepRole.EVENT_LEAD
    assert procedure.step("safety").role == StepRole.RESPONDER


def test_the_talk_records_how_the_reported_person_responded() -> None:
    talk = default_procedure().step("talk")
    manner = talk.field("talk_manner")
    assert "embarrassed and apologetic, or defensive and blame-shifting" in manner.label
    assert manner.choices[:2] == ["Embarrassed and apologetic", "Defensive and blame-shifting"]
    advice = step_text(default_procedure(), "talk")
    points = ("private setting", "two team members", "behaviour, not the person", "debate", "consequence")
    for point in points:
        assert point in advice, point


def test_action_has_the_half_day_deadline() -> None:
    procedure = default_procedure()
    [rule] = procedure.deadlines
    assert (rule.id, rule.hours, rule.met_by_step) == ("act", 12, "act")
    assert "half a day" in rule.label
    assert procedure.step("act").deadline == "act"


def test_guidance_reads_at_a_glance() -> None:
    for step in default_procedure().steps:
        assert step.purpose.count(". ") == 0 and step.purpose.endswith("."), step.id
        assert step.items or not step.guidance.is_empty, step.id
        for line in (*step.guidance.do, *step.guidance.dont, *step.guidance.say):
            assert len(line) <= 100, line
        assert all(line.startswith("Don't") for line in step.guidance.dont), step.id


def test_the_matrix_holds_both_tables_exactly() -> None:
    matrix = default_procedure().matrix
    low, high = Level.LOW, Level.HIGH
    cells = {
        (low, low): ("inappropriate joke made in private", "verbal warning"),
        (high, low): ("attendee with previous arrest or assault", "take notes, follow up later"),
        (low, high): ("inappropriate jokes", "public apology, remove person from event"),
        (high, high): ("persistent coordinated harassment", "coordinated whole-team response"),
    }
    for (risk, impact), (example, response) in cells.items():
        quadrant = matrix.quadrant(risk, impact)
        assert (quadrant.example, quadrant.response) == (example, response)
    assert (matrix.risk.name, matrix.impact.name) == ("Risk", "Impact")
    assert "Audrey Eschright" in matrix.source and "OSFeels 2015" in matrix.source


def test_the_risk_signs_include_bad_victims_and_the_response_when_told() -> None:
    signs = " ".join(default_procedure().matrix.risk.signs)
    assert '"bad victims": newcomers, young people, vulnerable people, people alone, drunk people' in signs
    assert "embarrassed and apologetic, or defensive and blame-shifting" in signs
    assert default_procedure().matrix.impact.signs


def test_the_ladder_runs_from_mildest_to_most_serious_and_meets_every_quadrant() -> None:
    procedure = default_procedure()
    labels = {r.id: r.label for r in procedure.response_ladder}
    order = [r.id for r in procedure.response_ladder]
    assert order[:3] == ["not_a_violation", "out_of_scope", "note_only"]
    assert order.index("verbal_warning") < order.index("written_warning") < order.index("public_apology")
    assert order.index("removal_from_activity") < order.index("removal_from_event")
    assert order.index("removal_from_event") < order.index("ban_future_events")
    suggested = {q.response: [labels[r] for r in q.suggests] for q in procedure.matrix.quadrants}
    assert suggested == {
        "verbal warning": ["Verbal warning"],
        "take notes, follow up later": ["Take notes, follow up later"],
        "public apology, remove person from event": ["Public apology", "Removal from the event"],
        "coordinated whole-team response": ["Coordinated whole-team response"],
    }


def test_the_general_advice_is_there() -> None:
    advice = "\n".join(default_procedure().advice)
    for phrase in (
        "It's actions that violate the CoC, not people",
        '"I could make this mistake"',
        '"bad victims"',
        '"Be excellent to each other"',
        '"Just don\'t be a jerk"',
        "Are they embarrassed and apologetic, or defensive and blame-shifting?",
    ):
        assert phrase in advice, phrase


def test_the_announcement_template_fills_in_and_bans_glib_phrases() -> None:
    announcement = default_procedure().announcement
    slots = [name for _, name, _, _ in string.Formatter().parse(announcement.template) if name]
    assert slots == ["thing", "action", "location", "contact"]
    text = announcement.template.format(
        thing="Ελένη's talk was interrupted",
        action="action with the person involved",
        location="conf.example/coc",
        contact="write to Зоя at the desk",
    )
    assert text.splitlines() == [
        "Ελένη's talk was interrupted happened.",
        "This was a violation of our policy.",
        "We apologise for this.",
        "We have taken action with the person involved.",
        "This is a good time for all attendees to review our policy at conf.example/coc.",
        "If anyone would like to discuss this further they can write to Зоя at the desk.",
    ]
    banned = ["be excellent to each other", "just don't be a jerk", "don't be a jerk"]
    assert announcement.banned_phrases == banned
    assert "Keep it general." in announcement.guidance


def test_attendees_learn_the_process_and_the_retention_policy() -> None:
    info = default_procedure().attendee_information
    assert info[0].startswith("Reports made to one of the conference's Code of Conduct representatives")
    assert "aiming within half a day" in info[0]
    assert info[-1] == "Data retention policy: Reports will not be passed on to successive teams."


def test_an_events_own_procedure_file_is_used(tmp_path: Path) -> None:
    own = tmp_path / "Łukasz's procedure.toml"
    text = default_procedure_text()
    assert 'title = "Safety first"' in text
    own.write_text(text.replace('title = "Safety first"', 'title = "Sicherheit zuerst, 安全第一"'), "utf-8")
    procedure = load_procedure(own)
    assert procedure.step("safety").title == "Sicherheit zuerst, 安全第一"
    assert [s.id for s in procedure.steps] == STEP_IDS
    assert procedure.matrix == default_procedure().matrix
    assert load_procedure() is default_procedure()
