"""The same person across reports: every reported person has a code, the desk suggests the earlier
reports whose reported person matches (a name in any script, a description sharing distinctive
words), the team confirms (the code is shared) or rejects (never suggested again), and no one without
identity learns a name through any of it.

Łukasz leads the CoC team (tests/station_vaults.py); the reported people are written in four scripts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cocdesk.desk import Desk, NotAllowed
from cocdesk.domain import Party, Person, now
from cocdesk.domain.case import Case, person_code_of
from tests.station_vaults import EVENT_LEAD, REPORTER, WITNESS, create_team_vault, desk_as

PERSON_CODE = re.compile(r"^P-[A-Z0-9]{6}$")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return create_team_vault(tmp_path / "summit.cocdesk", with_cases=False)


@pytest.fixture
def desk(path: Path) -> Iterator[Desk]:
    with desk_as(path) as opened:
        yield opened


def report(desk: Desk, name: str = "", description: str = "", hours_ago: float = 0) -> Case:
    """A report naming or describing one reported person (and a reporter and witness whose names a
    role without identity must never read)."""
    case = desk.take_report(title="A report", received_at=now() - timedelta(hours=hours_ago))
    desk.set_part(
        case.id,
        "people",
        [
            Person(party=Party.REPORTER, name=REPORTER),
            Person(party=Party.REPORTED, name=name, description=description),
            Person(party=Party.WITNESS, name=WITNESS),
        ],
    )
    return desk.case(case.id)


def suggested(desk: Desk, case: Case) -> list[str]:
    return [s.other_code for s in desk.suggestions(case.id)]


def reported(case: Case) -> Person:
    return case.parties(Party.REPORTED)[0]


def test_every_reported_person_has_a_code_never_drawn_from_the_name(desk: Desk) -> None:
    one = report(desk, "Łukasz Nowak", hours_ago=2)
    two = report(desk, "Łukasz Nowak", hours_ago=1)
    codes = [reported(one).person_code, reported(two).person_code]
    assert all(PERSON_CODE.match(code) for code in codes)
    assert codes[0] != codes[1]  # the same name, yet not linked until the team says so
    assert reported(desk.case(one.id)).person_code == codes[0]  # kept as stored


def test_a_person_stored_before_codes_reads_one_code_every_time() -> None:
    stored = {"id": "5b0f6f6c-3c51-4e0c-9a59-1c3b1c7f2a10", "party": "reported", "name": "Зоя"}
    first, again = Person.model_validate(stored), Person.model_validate(dict(stored))
    assert first.person_code == again.person_code == person_code_of(stored["id"])
    assert PERSON_CODE.match(first.person_code)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Łukasz Nowak", "Лукаш Новак"),
        ("李明", "Li Ming"),
        ("José Núñez", "Jose Nunez"),
        ("Зоя", "Zoja"),
    ],
)
def test_the_same_name_in_another_script_is_suggested_and_confirmed(
    desk: Desk, earlier: str, later: str
) -> None:
    first = report(desk, earlier, hours_ago=3)
    report(desk, "Someone Else Entirely", hours_ago=2)
    second = report(desk, later)
    assert suggested(desk, second) == [first.code]
    assert suggested(desk, first) == [second.code]  # seen from the earlier report too
    hint = desk.suggestions(second.id)[0]
    assert hint.by_name and hint.why == "the same name"

    code = desk.confirm_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert code == reported(first).person_code  # the later report takes the earlier one's code
    assert reported(desk.case(second.id)).person_code == code
    assert suggested(desk, second) == [] and suggested(desk, first) == []  # linked, not suggested
    assert list(desk.also_reported_in(second.id).values()) == [[first.code]]
    assert list(desk.also_reported_in(first.id).values()) == [[second.code]]
    timeline = [entry.what for entry in desk.case(second.id).timeline]
    assert any(first.code in what and "Confirmed" in what for what in timeline)


def test_different_people_are_not_suggested(desk: Desk) -> None:
    first = report(desk, "Łukasz Nowak", hours_ago=1)
    for name in ("Łukasz Kowalski", "Paulina Nowak", "李娜", "Zoltan"):
        assert suggested(desk, report(desk, name)) == [], name
    assert suggested(desk, first) == []


def test_a_rejected_suggestion_is_never_made_again(desk: Desk) -> None:
    first = report(desk, "Зоя Иванова", hours_ago=1)
    second = report(desk, "Zoya Ivanova")
    hint = desk.suggestions(second.id)[0]
    desk.not_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert suggested(desk, second) == []
    assert suggested(desk, first) == []  # not from the other side either
    assert reported(desk.case(second.id)).person_code != reported(first).person_code
    assert any("not the one" in entry.what for entry in desk.case(second.id).timeline)
    third = report(desk, "Зоя Иванова")  # a new report still meets both
    assert sorted(suggested(desk, third)) == sorted([first.code, second.code])


def test_a_description_sharing_distinctive_words_is_suggested(desk: Desk) -> None:
    hoodie = report(desk, description="green hoodie, badge says nightowl", hours_ago=2)
    handle = report(desk, description="Writes as nightowl in the conference chat", hours_ago=1)
    colours = report(desk, description="Wore a green hoodie and a grey cap")
    assert suggested(desk, handle) == [hoodie.code]  # one handle is enough
    assert suggested(desk, colours) == [hoodie.code]  # two distinctive words
    assert desk.suggestions(colours.id)[0].why == "a like description"
    assert suggested(desk, report(desk, description="Green scarf, tall")) == []  # one colour is not


def test_common_words_and_stop_words_never_make_a_match(desk: Desk) -> None:
    for hours in range(1, 12):
        report(desk, description="A tall man with a beard, wearing a shirt and glasses", hours_ago=hours)
    new = report(desk, description="Tall man in a shirt with glasses and a beard")
    assert suggested(desk, new) == []  # every word is in most reports: none tells anyone apart
    rare = report(desk, description="A man in a shirt, purple lanyard with a dinosaur pin")
    again = report(desk, description="Purple lanyard, dinosaur pin on it")
    assert suggested(desk, again) == [rare.code]


def test_roles_without_identity_read_codes_only(path: Path) -> None:
    with desk_as(path) as lead:
        first = report(lead, "Łukasz Nowak", description="badge says nightowl", hours_ago=1)
        second = report(lead, "Лукаш Новак")
    with desk_as(path, EVENT_LEAD) as event_lead:
        hints = event_lead.suggestions(second.id)
        assert [h.other_code for h in hints] == [first.code]
        shown = json.dumps([h.model_dump(mode="json") for h in hints], ensure_ascii=False)
        for name in (REPORTER, WITNESS, "Łukasz", "Лукаш", "nightowl"):
            assert name not in shown
        exported = event_lead.export_case_json(first.id)
        assert REPORTER not in exported and WITNESS not in exported
        with pytest.raises(NotAllowed):
            event_lead.confirm_same_person(
                second.id, hints[0].person_id, hints[0].other_case_id, hints[0].other_person_id
            )
        shared = event_lead.as_shared(event_lead.case(first.id))
        assert reported(shared).name == "" and reported(shared).person_code == reported(first).person_code


def test_the_index_is_made_for_a_vault_that_had_none(path: Path) -> None:
    with desk_as(path) as lead:
        first = report(lead, "李明", hours_ago=1)
        second = report(lead, "Li Ming")
        lead.hold(first.id, "Only if someone else reports him")
        connection = lead.vault._connection
        connection.execute("DROP TABLE person_keys")
        connection.execute("DROP TABLE person_codes")
        connection.execute("DROP TABLE held")
        connection.execute("DROP TABLE evidence")  # made by migration 5, so a vault at version 4 has none
        connection.execute("DELETE FROM meta WHERE key = 'persons.index'")
        connection.execute("PRAGMA user_version = 4")
        connection.commit()
    with desk_as(path) as lead:
        assert suggested(lead, second) == [first.code]
        assert lead.held_ids() == {str(first.id)}
        assert [a.held_code for a in lead.held_alerts()] == [first.code]
        assert lead.vault._connection.execute("PRAGMA user_version").fetchone()[0] == 6


def test_the_transparency_report_counts_a_linked_person_once(desk: Desk) -> None:
    from cocdesk.flow.transparency import people_named

    first = report(desk, description="Orange beanie, badge says owl42", hours_ago=2)
    second = report(desk, description="Orange beanie, writes as owl42")
    report(desk, "Зоя Иванова")
    report(desk, "Zoya Ivanova")  # one person by name, however typed

    def counted() -> int:
        return people_named(desk.case(s.id) for s in desk.cases())

    assert counted() == 3  # the two described people are two until the team says otherwise
    hint = next(h for h in desk.suggestions(second.id) if h.other_code == first.code)
    desk.confirm_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert counted() == 2
    assert len(desk.cases()) == 4  # reports are still counted one by one


def test_editing_the_people_keeps_each_persons_code_and_links(desk: Desk) -> None:
    first = report(desk, "Łukasz Nowak", hours_ago=1)
    second = report(desk, "Лукаш Новак")
    hint = desk.suggestions(second.id)[0]
    code = desk.confirm_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    # the window saves the people as typed: fresh Person objects with the ids it keeps, no codes
    stored = desk.case(second.id).people
    retyped = [
        Person(id=p.id, party=p.party, name=p.name, description="Now with a red scarf") for p in stored
    ]
    desk.set_part(second.id, "people", retyped)
    assert reported(desk.case(second.id)).person_code == code
    assert list(desk.also_reported_in(second.id).values()) == [[first.code]]
