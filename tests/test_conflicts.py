"""Conflicts of interest: a team member named in a case is found however the name was typed, stands
aside by default, and no decision on that case is recorded by them or counted with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocdesk.desk import Desk, InvalidEdit
from cocdesk.domain import Case, Conflict, Meeting, Party, Person
from cocdesk.flow.conflicts import IN_THIS_CASE, flags, recused, same_person, with_recusals
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, ZOYA


@pytest.mark.parametrize(
    ("member", "typed"),
    [
        ("Łukasz Nowak", "lukasz nowak"),
        ("Łukasz Nowak", "NOWAK Łukasz"),
        ("Зоя Иванова", "Zoya Ivanova"),
        ("Зоя Иванова", "зоя иванова"),
        ("李明", "李明"),
        ("李明", "Li Ming"),
        ("Ελένη Παπαδοπούλου", "Eleni Papadopoulou"),
        ("Ana Núñez-Øby", "ana nunez oby"),
    ],
)
def test_a_member_is_found_however_their_name_was_typed(member: str, typed: str) -> None:
    assert same_person(member, typed)


@pytest.mark.parametrize(
    ("member", "typed"),
    [
        ("Łukasz Wiśniewski", "Łukasz Nowak"),  # the same first name only
        ("Зоя Иванова", "Зоя"),  # a first name alone names no one in particular
        ("李明", "李"),
        ("李明", "李娜"),
        ("Ann Li", "Li Na"),
        ("Зоя Иванова", ""),
    ],
)
def test_another_person_sharing_a_name_part_is_not_flagged(member: str, typed: str) -> None:
    assert not same_person(member, typed)


def a_case(**names: str) -> Case:
    parties = {"reporter": Party.REPORTER, "witness": Party.WITNESS, "reported": Party.REPORTED}
    return Case(people=[Person(party=parties[key], name=name) for key, name in names.items()])


def test_the_flag_says_as_whom_to_the_team_and_nothing_of_it_to_a_role_without_identity() -> None:
    case = a_case(reporter="Ana Núñez-Øby", witness="Zoya Ivanova", reported="li ming")
    found = {flag.member: flag for flag in flags(case, [LEAD, ZOYA, EVENT_LEAD, OFFICER])}
    assert set(found) == {ZOYA, EVENT_LEAD}
    assert found[ZOYA].reason(sees_identity=True) == "named as a witness"
    assert found[ZOYA].reason(sees_identity=False) == IN_THIS_CASE
    assert found[EVENT_LEAD].reason(sees_identity=False) == "named as the reported person"
    for flag in found.values():
        for sees in (True, False):
            assert "Ana" not in flag.reason(sees_identity=sees)


def test_a_flagged_member_present_stands_aside_unless_the_team_cleared_them() -> None:
    case = a_case(witness="Zoya Ivanova")
    meeting = Meeting(present=[LEAD, ZOYA, OFFICER])
    stored = with_recusals(meeting, flags(case, [LEAD, ZOYA]))
    assert stored.voting == [LEAD, OFFICER]
    cleared = Meeting(present=[LEAD, ZOYA, OFFICER], conflicts=[Conflict(member=ZOYA, recused=False)])
    assert with_recusals(cleared, flags(case, [LEAD, ZOYA])).voting == [LEAD, ZOYA, OFFICER]
    assert recused(case.model_copy(update={"meeting": cleared}), [LEAD, ZOYA]) == set()


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


def named_case(desk: Desk, witness: str) -> str:
    case = desk.take_report()
    desk.set_part(case.code, "people", [Person(party=Party.WITNESS, name=witness)])
    return case.code


def test_the_desk_stores_a_flagged_member_as_standing_aside(desk_path: Path) -> None:
    with open_desk(desk_path) as desk:
        code = named_case(desk, "zoya ivanova")
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
        meeting = desk.case(code).meeting
        assert meeting.voting == [LEAD, OFFICER]
        assert [(c.member, c.recused, c.note) for c in meeting.conflicts] == [(ZOYA, True, IN_THIS_CASE)]
        shown = desk.conflict_flags(code)
        assert [(f.member, f.reason, f.stands_aside) for f in shown] == [(ZOYA, "named as a witness", True)]


def test_the_desk_refuses_a_decision_recorded_by_a_member_who_stands_aside(desk_path: Path) -> None:
    with open_desk(desk_path) as desk:
        code = named_case(desk, "Зоя Иванова")
    with open_desk(desk_path, ZOYA) as desk:
        before = desk.case(code).decisions
        with pytest.raises(InvalidEdit, match="You stand aside from this case"):
            desk.record_decision(code, text="Verbal warning", owner=LEAD)
        with pytest.raises(InvalidEdit, match="You stand aside"):
            desk.set_part(code, "decisions", [{"horizon": "now", "text": "Verbal warning"}])
        assert desk.case(code).decisions == before
    with open_desk(desk_path) as desk:  # another member records it
        desk.record_decision(code, text="Verbal warning", owner=LEAD)
        assert [d.by for d in desk.case(code).decisions] == [LEAD]


def test_the_desk_refuses_a_decision_counted_with_a_member_named_after_the_meeting(desk_path: Path) -> None:
    with open_desk(desk_path) as desk:
        case = desk.take_report()
        desk.set_part(case.code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
        assert desk.case(case.code).meeting.voting == [LEAD, ZOYA, OFFICER]
        desk.set_part(case.code, "people", [Person(party=Party.REPORTED, name="ZOYA IVANOVA")])
        with pytest.raises(InvalidEdit, match="counted as deciding at the meeting"):
            desk.record_decision(case.code, text="Written warning", owner=LEAD)
        desk.set_part(case.code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))  # met again
        desk.record_decision(case.code, text="Written warning", owner=LEAD)
        assert len(desk.case(case.code).decisions) == 1


@pytest.mark.parametrize(
    ("member", "written"),
    [
        ("Зоя Иванова", "Зоя Петровна Иванова"),  # with her patronymic, as a Russian full name is given
        ("Zoya Ivanova", "Ivanova Zoya Petrovna"),
        ("Łukasz Nowak", "Łukasz Jan Nowak"),  # with a middle name
    ],
)
def test_a_party_written_more_fully_than_the_member_is_the_member(member: str, written: str) -> None:
    assert same_person(member, written)


@pytest.mark.parametrize(
    ("member", "written"),
    [("Łukasz Nowak", "Łukasz Jan Kowalski"), ("Зоя Иванова", "Зоя Петровна"), ("Li Ming", "Li Wei Zhang")],
)
def test_a_fuller_name_that_is_someone_else_is_not_the_member(member: str, written: str) -> None:
    assert not same_person(member, written)


def test_a_member_typed_among_the_others_present_under_another_spelling_stands_aside(tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        case = desk.take_report()
        desk.set_part(case.code, "people", [Person(party=Party.WITNESS, name="Зоя Иванова")])
        desk.set_part(case.code, "meeting", Meeting(present=[LEAD, "Zoya Ivanova", OFFICER]))
        stored = desk.case(case.code).meeting
        assert stored.present == [LEAD, ZOYA, OFFICER] and stored.voting == [LEAD, OFFICER]
