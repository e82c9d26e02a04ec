"""A case that arrives whole (an import) or a part written whole (the actions list) is checked as the
single acts check what they store: no name typed where every role reads a choice, no decision by a
member who stands aside, no done time that cannot be when the action was done, and a corrected done
time that the audit log keeps, old and new."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cocdesk.desk import InvalidEdit
from cocdesk.domain import Conflict, Meeting, Party, Person, now
from cocdesk.domain.case import Agreement
from cocdesk.exchange import read_case_json
from tests.cli_support import Cli, cli  # noqa: F401  (the fixture)
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, PASSPHRASES, ZOYA

REPORTER = "Ana Núñez-Øby"


def imported(path: Path, crafted: dict[str, Any]) -> str:
    with open_desk(path) as desk:
        return desk.import_case(read_case_json(json.dumps(crafted), desk.procedure, "case.json")).code


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("handler", REPORTER, "handler"),
        ("received_by", REPORTER, "member who took the report"),
        ("announcement", {"text": "A notice.", "approved_by": REPORTER}, "approver of the announcement"),
        ("decisions", [{"horizon": "now", "text": "t", "response": REPORTER}], "ladder"),
        ("meeting", {"present": [LEAD], "conflicts": [{"member": REPORTER}]}, "member with a conflict"),
        ("agreement", {"agreed": True, "by": REPORTER}, "person who answered"),
    ],
)
def test_an_imported_case_with_a_name_typed_where_a_choice_goes_is_refused(
    tmp_path: Path, field: str, value: object, said: str
) -> None:
    path = desk_vault(tmp_path)
    crafted = {"title": "At the bar", "people": [{"party": "reporter", "name": REPORTER}], field: value}
    with pytest.raises(InvalidEdit, match=said):
        imported(path, crafted)
    with open_desk(path, EVENT_LEAD) as desk:
        assert "Núñez" not in json.dumps([desk.case(s.id).model_dump(mode="json") for s in desk.cases()])


def test_an_imported_case_with_team_members_in_its_choices_is_stored(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = imported(
        path,
        {
            "handler": ZOYA,
            "received_by": LEAD,
            "decisions": [{"horizon": "now", "text": "Warn him", "response": "verbal_warning", "by": LEAD}],
            "meeting": {"present": [LEAD, ZOYA, OFFICER]},
        },
    )
    with open_desk(path) as desk:
        case = desk.case(code)
    assert (case.handler, case.received_by, case.meeting.voting) == (ZOYA, LEAD, [LEAD, ZOYA, OFFICER])


def test_a_case_whose_decision_is_by_a_member_named_as_its_witness_is_not_imported(
    tmp_path: Path,
    cli: Cli,  # noqa: F811
) -> None:
    path = desk_vault(tmp_path)
    crafted = {
        "people": [{"party": "witness", "name": "Zoya Ivanova"}],  # Зоя Иванова, in Latin letters
        "meeting": {"present": [LEAD, OFFICER]},
        "decisions": [
            {"horizon": "now", "text": "Not a violation", "response": "not_a_violation", "by": ZOYA}
        ],
    }
    file = tmp_path / "case.json"
    file.write_text(json.dumps(crafted, ensure_ascii=False), encoding="utf-8")
    ran = cli("case", "import", str(path), str(file), "--member", LEAD, passphrases=[PASSPHRASES[LEAD]])
    assert ran.code != 0 and "stands aside" in ran.err and len(ran.err.strip().splitlines()) == 1
    with open_desk(path) as desk:
        assert desk.cases() == []


def test_an_imported_meeting_has_a_member_named_in_the_case_stand_aside(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = imported(
        path,
        {
            "people": [{"party": "reported", "name": "Иванова Зоя"}],
            "meeting": {"present": [LEAD, ZOYA, OFFICER]},
            "decisions": [{"horizon": "now", "text": "Warn", "response": "verbal_warning", "by": LEAD}],
        },
    )
    with open_desk(path) as desk:
        assert desk.case(code).meeting.voting == [LEAD, OFFICER]


@pytest.mark.parametrize("when", ["next week", "before the report"])
def test_a_done_time_that_cannot_be_is_refused_however_it_arrives(tmp_path: Path, when: str) -> None:
    path = desk_vault(tmp_path)
    received = now() - timedelta(hours=3)
    impossible = now() + timedelta(days=7) if when == "next week" else received - timedelta(days=2)
    with open_desk(path) as desk:
        case = desk.take_report(received_at=received)
        desk.add_action(case.code, text="Asked Łukasz's guest to leave", owner=LEAD)
        actions = [a.model_copy(update={"done_at": impossible}) for a in desk.case(case.code).actions]
        with pytest.raises(InvalidEdit, match="cannot be"):
            desk.set_part(case.code, "actions", actions, "Changed an action")
        assert desk.case(case.code).actions[0].done_at is None
    crafted = {
        "received_at": received.isoformat(),
        "actions": [{"text": "Banned them", "done_at": impossible.isoformat()}],
    }
    with pytest.raises(InvalidEdit, match="cannot be"):
        imported(path, crafted)


def test_an_action_list_keeps_a_done_time_already_stored(tmp_path: Path) -> None:
    """Rewriting the actions list (adding one) leaves an earlier done time alone, even one that a new
    check would now refuse: only what changes is checked."""
    with open_desk(desk_vault(tmp_path)) as desk:
        case = desk.take_report(received_at=now() - timedelta(hours=2))
        action = desk.add_action(case.code, text="Спросили охрану", owner=ZOYA)
        desk.action_done(case.code, action.id, now() - timedelta(hours=1))
        actions = desk.case(case.code).actions
        more = [
            *actions,
            actions[0].model_copy(update={"id": None, "text": "李 walked out", "done_at": None}),
        ]
        desk.set_part(
            case.code, "actions", [a.model_dump(exclude_none=True) for a in more], "Changed an action"
        )
        assert [a.text for a in desk.case(case.code).actions] == ["Спросили охрану", "李 walked out"]


def test_a_corrected_done_time_is_kept_in_the_audit_log_old_and_new(tmp_path: Path) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        case = desk.take_report(received_at=now() - timedelta(hours=5))
        action = desk.add_action(case.code, text="Asked them to leave", owner=LEAD)
        first = (now() - timedelta(hours=1)).replace(microsecond=0)
        corrected = (now() - timedelta(hours=3)).replace(microsecond=0)
        desk.action_done(case.code, action.id, first)
        desk.action_done(case.code, action.id, corrected)
        detail = json.loads(
            desk.vault._connection.execute(
                "SELECT detail FROM audit WHERE action = 'case.action' ORDER BY seq DESC LIMIT 1"
            ).fetchone()[0]
        )
    assert detail["what"] == "Changed when an action was done"
    assert (detail["was_done_at"], detail["done_at"]) == (first.isoformat(), corrected.isoformat())


def witness_case(path: Path, witness: str = "Zoya Ivanova") -> str:
    """A case in which Зоя Иванова, a responder, is the witness (typed in Latin letters): she stands aside."""
    with open_desk(path) as desk:
        case = desk.take_report()
        desk.set_part(case.code, "people", [Person(party=Party.WITNESS, name=witness)])
        desk.set_part(case.code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
        assert desk.case(case.code).meeting.voting == [LEAD, OFFICER]
        return case.code


def test_a_member_who_stands_aside_cannot_clear_her_own_flag_but_another_member_can(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = witness_case(path)
    cleared = Meeting(present=[LEAD, ZOYA, OFFICER], conflicts=[Conflict(member=ZOYA, recused=False)])
    with open_desk(path, ZOYA) as desk:
        with pytest.raises(InvalidEdit, match="your own conflict"):
            desk.set_part(code, "meeting", cleared)
        with pytest.raises(InvalidEdit, match="stand aside"):
            desk.record_decision(code, text="Not a violation", response="not_a_violation", owner=LEAD)
    with open_desk(path) as desk:  # the lead looked: a namesake, she stays
        desk.set_part(code, "meeting", cleared)
        assert desk.case(code).meeting.voting == [LEAD, ZOYA, OFFICER]


def test_a_member_cannot_take_back_a_conflict_she_declared(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = desk.take_report().code
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA], conflicts=[Conflict(member=ZOYA)]))
    with open_desk(path, ZOYA) as desk, pytest.raises(InvalidEdit, match="your own conflict"):
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA]))


def test_a_member_named_in_the_case_does_not_carry_out_its_decision(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    code = witness_case(path)
    with open_desk(path) as desk:
        with pytest.raises(InvalidEdit, match="does not carry out"):
            desk.record_decision(code, text="Verbal warning", response="verbal_warning", owner=ZOYA)
        decision = desk.record_decision(code, text="Verbal warning", response="verbal_warning", owner=LEAD)
        with pytest.raises(InvalidEdit, match="does not carry out"):
            desk.edit_decision(code, decision.id, owner=ZOYA)


def test_the_event_lead_named_as_the_reported_person_does_not_answer_on_their_own_case(
    tmp_path: Path,
) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = desk.take_report(received_at=now() - timedelta(hours=2)).code
        desk.set_part(code, "people", [Person(party=Party.REPORTED, name="Li Ming")])  # 李明, in pinyin
        with pytest.raises(InvalidEdit, match="does not answer"):
            desk.set_part(code, "agreement", Agreement(agreed=False, by=EVENT_LEAD, at=now()))
    with open_desk(path, EVENT_LEAD) as desk, pytest.raises(InvalidEdit, match="does not answer"):
        desk.set_part(code, "agreement", Agreement(agreed=False, by=EVENT_LEAD, at=now()))
