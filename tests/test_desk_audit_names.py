"""The audit log holds no word a member typed, and the fields that hold a choice hold no name.

A name typed before its person is recorded cannot be withheld when it is written, and the log is
plain to every member and chained, so it can never be rewritten: a witness who comes forward later is
the ordinary way this happens. The log says which act was done to which part; the reasons stay in the
case, where they are withheld again whenever people change, and the timeline reads them from there.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.desk import Desk, InvalidEdit, KdfParams
from cocdesk.domain import Event, Level, Role
from cocdesk.domain.case import Agreement, Communication, Conflict, Meeting
from cocdesk.domain.event import Contact

FAST = KdfParams(iterations=1)
LEAD, EVENT_LEAD, OFFICER = "Łukasz", "Kwame Mensah", "Ingrid Berg"
PASSPHRASES = {LEAD: "żółta łódź płynie nocą", EVENT_LEAD: "εννέα κύματα", OFFICER: "fjorden sover"}
REPORTER, ZOYA, ELENI = "Ana Núñez-Øby", "Зоя Орлова", "Eleni Papadopoulou"
NAME_PARTS = ("Ana", "Núñez", "Øby", "Зоя", "Орлова", "Eleni", "Papadopoulou")
PEOPLE = [
    {"party": "reporter", "name": REPORTER},
    {"party": "witness", "name": ZOYA},
    {"party": "witness", "name": ELENI},
]
REASON = f"{REPORTER} is scared of him"


def named(text: str) -> list[str]:
    return [part for part in NAME_PARTS if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)]


@pytest.fixture
def station(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The tester's sequence: a reason, an action and a decision naming people, then the people."""
    path = tmp_path / "summit.cocdesk"
    event = Event(name="Summit 2026", event_lead=Contact(name="Kwame Mensah"))
    with Desk.create(path, event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        desk.add_member(EVENT_LEAD, Role.EVENT_LEAD, PASSPHRASES[EVENT_LEAD])
        desk.add_member(OFFICER, Role.SAFETY_OFFICER, PASSPHRASES[OFFICER])
        code = desk.take_report(title="At the party").code
        desk.place(code, Level.HIGH, Level.LOW, REASON)
        desk.add_action(code, text="follow up", owner=ZOYA)
        desk.record_decision(code, text="warn", owner=ELENI)
        desk.set_part(code, "communications", [Communication(kind="talk")], what=f"Talked to {REPORTER}")
        desk.place(code, Level.HIGH, Level.HIGH, f"{ELENI} saw it too", verb=f"Moved {ZOYA}")
        desk.set_part(code, "people", PEOPLE)
        desk.leave_unfinished(code, f"{ZOYA} asked us to stop")
    yield path, code


def test_the_log_and_every_reading_of_it_name_no_one(station: tuple[Path, str], tmp_path: Path) -> None:
    path, code = station
    for member in (EVENT_LEAD, OFFICER):
        with Desk.open(path, member, PASSPHRASES[member]) as desk:
            timeline = " | ".join(e.what for e in desk.case(code).timeline)
            assert named(timeline) == [], (member, timeline)
            assert "Placed from the tray to High risk, low impact: [reporter] is scared of him" in timeline
            assert named(desk.export_case_json(code)) == []
            rows = desk.vault._connection.execute("SELECT detail FROM audit").fetchall()
            assert named(" ".join(row[0] for row in rows)) == []
    with Desk.open(path, OFFICER, PASSPHRASES[OFFICER]) as desk:
        pdf = tmp_path / "officer.pdf"
        desk.officer_export(pdf, [code])
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        assert named(text) == [] and "is scared of him" in text


def test_the_team_still_reads_each_reason_in_the_timeline(station: tuple[Path, str]) -> None:
    path, code = station
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        whats = [e.what for e in desk.case(code).timeline]
    assert f"Placed from the tray to High risk, low impact: {REASON}" in whats
    assert f"Moved from High risk, low impact to High risk, high impact: {ELENI} saw it too" in whats
    assert "Added an action" in whats and "Decided for right now" in whats
    assert "Recorded a conversation" in whats  # a front end's words that are not the desk's own
    assert any(
        w.startswith("Left unfinished at the close of the event") and w.endswith(f": {ZOYA} asked us to stop")
        for w in whats
    )


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    event = Event(name="Summit 2026", event_lead=Contact(name="Kwame Mensah"))
    with Desk.create(tmp_path / "v.cocdesk", event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as opened:
        opened.add_member("Зоя", Role.RESPONDER, "a passphrase for Зоя")
        yield opened


def test_a_choice_field_refuses_typed_words(desk: Desk) -> None:
    code = desk.take_report(title="Remarks").code
    desk.set_part(code, "people", PEOPLE)
    refusals = [
        lambda: desk.record_decision(code, text="warn", response=REPORTER),
        lambda: desk.set_part(code, "decisions", [{"text": "warn", "response": "Ana"}]),
        lambda: desk.update_case(code, handler=REPORTER),
        lambda: desk.set_part(code, "meeting", Meeting(present=[LEAD], conflicts=[Conflict(member=ELENI)])),
        lambda: desk.set_part(code, "agreement", Agreement(agreed=True, by=ZOYA)),
    ]
    for refused in refusals:
        with pytest.raises(InvalidEdit) as error:
            refused()
        assert str(error.value).count(".") <= 1 and "\n" not in str(error.value)
    case = desk.case(code)
    assert (case.decisions, case.handler) == ([], LEAD)
    assert case.meeting == Meeting() and case.agreement == Agreement()


def test_a_witness_named_among_those_present_reads_as_withheld_to_the_event_lead(desk: Desk) -> None:
    code = desk.take_report(title="Remarks").code
    desk.set_part(code, "people", PEOPLE)
    desk.set_part(code, "meeting", Meeting(present=[LEAD, "Jürgen Ø", ZOYA]))
    desk.set_part(code, "communications", [Communication(kind="talk", by=f"{LEAD} and {ZOYA}")])
    assert desk.case(code).meeting.present == [LEAD, "Jürgen Ø", ZOYA]  # the team reads them all
    desk.add_member("Kwame Mensah", Role.EVENT_LEAD, "a passphrase for Kwame")
    path = desk.path
    desk.close()
    with Desk.open(path, "Kwame Mensah", "a passphrase for Kwame") as lead:
        assert lead.case(code).meeting.present == [LEAD, "Jürgen Ø", "(withheld)"]
        assert lead.case(code).communications[0].by == "(withheld)"


def test_a_choice_field_takes_the_team_the_ladder_and_the_event_lead(desk: Desk) -> None:
    code = desk.take_report(title="Remarks").code
    decision = desk.record_decision(code, text="warn", response="note_only", owner="Зоя")
    desk.edit_decision(code, decision.id, response="")
    desk.update_case(code, handler="зоя")
    desk.update_case(code, handler="")
    desk.set_part(code, "communications", [Communication(kind="talk", by="Зоя")])
    desk.set_part(code, "meeting", Meeting(present=[LEAD, "Зоя"], conflicts=[Conflict(member="Зоя")]))
    desk.set_part(code, "agreement", Agreement(agreed=True, by="Kwame Mensah"))
    desk.set_part(code, "agreement", Agreement(agreed=True, by=LEAD))
    case = desk.case(code)
    assert case.meeting.present == [LEAD, "Зоя"] and case.agreement.by == LEAD
    assert "Decided for right now, carried out by Зоя" in [e.what for e in case.timeline]
