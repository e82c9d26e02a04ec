"""The same person across reports and held reports, against misuse (issue 14, parts 2 and 3): forged
case files, people moved out of "reported", common words and false handles, held cases where the
team, the Officer or the next shift meets them. Real vaults, no mocks; names in several scripts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cocdesk.desk import Desk
from cocdesk.domain import now
from cocdesk.domain.case import Case
from tests.station_vaults import create_team_vault, desk_as
from tests.test_persons import report, reported, suggested

WORDS = "Зоя asked: keep it, act only if somebody else reports him"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return create_team_vault(tmp_path / "summit.cocdesk", with_cases=False)


@pytest.fixture
def desk(path: Path) -> Iterator[Desk]:
    with desk_as(path) as opened:
        yield opened


def _imported(desk: Desk, case: Case, **person_changes: object) -> Case:
    """``case`` exported as JSON, its reported person edited as a file can be, and imported."""
    data = json.loads(desk.export_case_json(case.id))
    for person in data["people"]:
        if person["party"] == "reported":
            person.update(person_changes)
    data["code"] = "ZZZ-999"
    data["id"] = "00000000-0000-4000-8000-000000000001"
    return desk.import_case(Case.model_validate(data))


def test_a_person_code_in_an_imported_file_links_nothing(desk: Desk) -> None:
    """A case file is plain JSON: whoever writes one can set its reported person's ``person_code`` to
    the code of a person in another report (Łukasz Nowak's, for a file about 李明). The import draws a
    code of its own, so no "Also reported in" appears that no one on the team confirmed."""
    nowak = report(desk, "Łukasz Nowak", hours_ago=3)
    other = report(desk, "李明", hours_ago=2)
    forged = _imported(desk, other, person_code=reported(nowak).person_code)
    assert reported(desk.case(forged.id)).name == "李明"
    assert list(desk.also_reported_in(nowak.id).values()) == [[]], (
        "an imported file linked itself to Łukasz Nowak's report without the team confirming it"
    )


def test_a_rejection_in_an_imported_file_hides_no_match(desk: Desk) -> None:
    """The file also carries ``not_same``: an import naming Лукаш Новак (the same man as the earlier
    Łukasz Nowak) and saying he is not the earlier person is still suggested, as no one on this team
    said so: the import drops the rejection."""
    nowak = report(desk, "Łukasz Nowak", hours_ago=3)
    later = report(desk, "Лукаш Новак", hours_ago=1)
    assert suggested(desk, later) == [nowak.code]
    imported = _imported(desk, later, not_same=[reported(nowak).person_code])
    assert nowak.code in suggested(desk, imported), (
        "a 'not the same person' no one on this team said came in with the file and hid the match"
    )


def test_a_rejection_holds_after_either_report_is_linked(desk: Desk) -> None:
    """The team said the person in C is not the one in B. Later B is confirmed to be the person of an
    earlier report A, so B takes A's code. The rejection is kept by person, not by B's old code: B is
    never suggested to C again, nor C to B."""
    first = report(desk, "Зоя Иванова", hours_ago=5)  # A
    second = report(desk, "Zoya Ivanova", hours_ago=3)  # B
    third = report(desk, "Зоя Иванова", hours_ago=1)  # C

    hint = next(h for h in desk.suggestions(third.id) if h.other_code == second.code)
    desk.not_same_person(third.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert suggested(desk, third) == [first.code]

    link = next(h for h in desk.suggestions(second.id) if h.other_code == first.code)
    desk.confirm_same_person(second.id, link.person_id, link.other_case_id, link.other_person_id)
    assert second.code not in suggested(desk, third), "a rejected suggestion was made again"
    assert third.code not in suggested(desk, second), "a rejected suggestion was made again"


def test_common_words_make_no_match_at_a_small_event(desk: Desk) -> None:
    """At a small event (or on the first day) two unrelated reports describing "a man in a black
    shirt and jeans" share only the commonest words of any description: no suggestion."""
    first = report(desk, description="A man in a black shirt and jeans", hours_ago=3)
    second = report(desk, description="Man, black shirt, jeans, glasses")
    assert suggested(desk, second) == [], f"'man', 'black', 'shirt', 'jeans' made {first.code} a suggestion"


def test_a_handle_late_in_a_long_description_is_found(desk: Desk) -> None:
    """A responder writes down the reporter's long, careful description, the badge handle at the end:
    every distinct word is indexed, handles first, so a later "writes as nightowl" is suggested."""
    details = (
        "He came to the booth twice during the afternoon, first around lunch and then again near"
        " closing, stood very close, kept asking about private plans for dinner, followed us past the"
        " coffee corner, the sponsor area, the quiet room, the poster hall, the registration queue,"
        " the cloakroom, the elevators, the terrace, the garden, the parking garage, the shuttle stop,"
        " talked loudly about hotels, trains, restaurants, museums, concerts, football, weather,"
        " politics, startups, salaries, holidays, cameras, bicycles, watches, sneakers, perfumes,"
        " tattoos, vinyl records, cocktails, laptops, stickers, umbrellas, keyboards, podcasts, etc."
    )
    long = report(desk, description=details + " His badge says nightowl", hours_ago=2)
    later = report(desk, description="Writes as nightowl in the conference chat")
    assert suggested(desk, later) == [long.code], "the handle at the end of a long description was lost"


def test_the_handover_shows_nothing_overdue_in_a_held_case(desk: Desk) -> None:
    """A held case has no deadline running: an action whose due time passed while it was held is not
    handed over as overdue for the next shift to chase."""
    held = report(desk, "Łukasz Nowak", hours_ago=10)
    desk.add_action(held.id, text="Talk to the reported person", due=now() - timedelta(hours=1))
    desk.hold(held.id, WORDS)
    handed = next(c for c in desk.handover_now().cases if c.code == held.code)
    assert handed.overdue == [], f"held case {held.code} handed over as overdue: {handed.overdue}"


def test_editing_the_held_report_itself_into_a_match_tells_the_lead(desk: Desk) -> None:
    """The held report first described its person vaguely; the reporter comes back with the name
    (Лукаш Новак), which matches an earlier report about Łukasz Nowak. ``held_alerts_for`` the case just
    written includes the held case itself, so the lead is told at once, not at the next unlock."""
    from cocdesk.domain import Party, Person

    earlier = report(desk, "Łukasz Nowak", hours_ago=5)
    held = report(desk, description="someone from a sponsor", hours_ago=2)
    desk.hold(held.id, WORDS)
    assert desk.held_alerts() == []
    people = [
        p if p.party != Party.REPORTED else Person(id=p.id, party=p.party, name="Лукаш Новак")
        for p in desk.case(held.id).people
    ]
    desk.set_part(held.id, "people", people)
    assert [a.held_code for a in desk.held_alerts()] == [held.code]  # known at the next unlock...
    told = [a.held_code for a in desk.held_alerts_for(held.id)]
    assert told == [held.code], f"...but not at once: the match with {earlier.code} is not announced"


def test_the_transparency_report_counts_two_people_the_team_told_apart(desk: Desk) -> None:
    """Two reports name a Зоя Иванова and a Zoya Ivanova; the team said they are two different
    people. The public transparency report counts two people named, as the team's record says."""
    from cocdesk.flow.transparency import people_named

    first = report(desk, "Зоя Иванова", hours_ago=2)
    second = report(desk, "Zoya Ivanova")
    hint = desk.suggestions(second.id)[0]
    desk.not_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert suggested(desk, first) == []
    assert people_named(desk.case(s.id) for s in desk.cases()) == 2


def test_the_officer_learns_nothing_of_held_reports_never_filed(path: Path) -> None:
    """The Safety and Diversity Officer is shown filed cases only: ``held_ids`` (asked by the case
    list and the board) and the held alerts tell them nothing of a held report never filed, and
    asking is no error."""
    from tests.station_vaults import EVENT_LEAD, OFFICER

    with desk_as(path) as lead:
        held = report(lead, "Łukasz Nowak", hours_ago=3)
        lead.hold(held.id, WORDS)
        later = report(lead, "Лукаш Новак")
        assert [a.held_code for a in lead.held_alerts_for(later.id)] == [held.code]
    with desk_as(path, OFFICER) as officer:
        assert officer.cases() == []
        assert officer.held_ids() == set(), "the Officer is told of a held report that was never filed"
        assert officer.held_alerts() == []
    with desk_as(path, EVENT_LEAD) as event_lead:
        assert event_lead.held_alerts() == [] and event_lead.held_alerts_for(later.id) == []


def test_a_word_after_a_bare_as_or_called_is_no_handle(desk: Desk) -> None:
    """A handle ("writes as nightowl") is enough on its own to suggest a match, but "until we called
    security" and "introduced as volunteer" do not make "security" and "volunteer" handles: two
    unrelated people, described by what happened around them, are not suggested as one."""
    for hours, words in enumerate(
        ["Older, grey cap", "Young, ponytail, sneakers", "Striped scarf, umbrella", "Curly hair, boots",
         "Denim jacket, earrings", "Beanie, backpack, laptop", "Checked shirt, tattoo", "Moustache, cane"]
    ):  # fmt: skip
        report(desk, description=words, hours_ago=10 + hours)
    shouted = report(desk, description="Shouted at staff until we called security", hours_ago=2)
    grabbed = report(desk, description="Grabbed a phone, then somebody called security")
    assert suggested(desk, grabbed) == [], f"'called security' made {shouted.code} a suggestion"
    works = report(desk, description="Works as volunteer at registration", hours_ago=1)
    introduced = report(desk, description="Was introduced as volunteer by the organisers")
    assert suggested(desk, introduced) == [], f"'as volunteer' made {works.code} a suggestion"


def test_an_imported_hold_no_team_member_could_have_made_is_refused(desk: Desk) -> None:
    """An imported case file can carry a hold of its own: "held" years before the report was received,
    in the future, or by someone not on the team. Accepted, releasing it would move every deadline
    on by those years. Such a file is refused in one sentence and nothing is stored; a hold the team
    could have made comes in, recorded in the timeline, and its release moves deadlines by the time
    held only."""
    from cocdesk.desk import InvalidEdit

    case = report(desk, "Łukasz Nowak", hours_ago=1)
    data = json.loads(desk.export_case_json(case.id))
    data["code"], data["id"] = "ZZZ-999", "00000000-0000-4000-8000-000000000002"
    forged = [
        {"held_at": "2001-01-01T00:00:00+00:00", "by": desk.member.name, "words": "before the report"},
        {"held_at": (now() + timedelta(days=400)).isoformat(), "by": desk.member.name, "words": "ahead"},
        {"held_at": (now() - timedelta(minutes=30)).isoformat(), "by": "Mallory", "words": "not the team"},
    ]
    for hold in forged:
        with pytest.raises(InvalidEdit, match=r"^The case file's hold .*, so the case cannot be imported\.$"):
            desk.import_case(Case.model_validate({**data, "hold": hold}))
    assert [c.code for c in desk.cases()] == [case.code]

    held_at = now() - timedelta(minutes=30)
    hold = {"held_at": held_at.isoformat(), "by": desk.member.name, "words": "keep it"}
    due_at = now() - timedelta(minutes=10)
    action = {"text": "Talk to Łukasz Nowak", "due": due_at.isoformat()}
    imported = desk.import_case(Case.model_validate({**data, "hold": hold, "actions": [action]}))
    assert desk.case(imported.id).held
    assert "held at the reporter's request" in desk.case(imported.id).timeline[-1].what
    desk.release(imported.id)
    moved = desk.case(imported.id).actions[0].due
    assert moved is not None and moved >= due_at + timedelta(minutes=29), "the action's due time stood still"
    due = desk.case(imported.id).next_deadline()
    assert due is not None
    assert due.due_at < now() + timedelta(days=30), f"deadline moved to {due.due_at:%Y-%m-%d}"


def test_a_person_no_longer_reported_keeps_no_shared_code(path: Path) -> None:
    """The team confirmed that B's reported person, Лукаш Новак, is A's Łukasz Nowak; later they found
    he was only a witness in B and changed his party. He gets a code of his own and B's timeline says
    the link went: the Event Lead Organiser, who must never learn a witness's name, cannot find it
    beside the same code in A."""
    from cocdesk.domain import Party, Person
    from tests.station_vaults import EVENT_LEAD

    with desk_as(path) as lead:
        first = report(lead, "Łukasz Nowak", hours_ago=3)
        second = report(lead, "Лукаш Новак", hours_ago=1)
        hint = lead.suggestions(second.id)[0]
        lead.confirm_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
        people = [
            Person(
                id=p.id,
                party=Party.WITNESS if p.party == Party.REPORTED else p.party,
                name=p.name,
                description=p.description,
            )
            for p in lead.case(second.id).people
        ]
        lead.set_part(second.id, "people", people)
        said = lead.case(second.id).timeline[-1].what
        assert said == f"Changed the people; no one here is linked any more to case {first.code}"
        assert list(lead.also_reported_in(first.id).values()) == [[]]
        assert lead.suggestions(first.id) == []  # a witness is in no index
    with desk_as(path, EVENT_LEAD) as event_lead:
        in_first = json.loads(event_lead.export_case_json(first.id))
        in_second = json.loads(event_lead.export_case_json(second.id))
    named = {p["person_code"]: p["name"] for p in in_first["people"] if p["party"] == "reported"}
    withheld = [p for p in in_second["people"] if p["party"] != "reported"]
    assert all(p["name"] == "" for p in withheld)  # the witness is withheld from the Event Lead...
    leaked = [named[p["person_code"]] for p in withheld if p["person_code"] in named]
    assert leaked == [], f"...but their person code names them: {leaked}"


def test_a_cli_import_matching_a_held_report_tells_the_lead(
    path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    """A report about Лукаш Новак, typed on a roaming laptop, is imported with ``cocdesk case import``
    by the CoC team lead; a held report here waits for exactly that person (Łukasz Nowak). The command
    says so with the desk's alert, naming the held report by its code."""
    from tests.cli_support import Cli
    from tests.station_vaults import LEAD, PASSPHRASES

    with desk_as(path) as lead:
        held = report(lead, "Łukasz Nowak", hours_ago=3)
        lead.hold(held.id, WORDS)
        later = report(lead, "Лукаш Новак")
        file = tmp_path / "roaming.json"
        data = json.loads(lead.export_case_json(later.id))
    data["code"], data["id"] = "ZZZ-999", "00000000-0000-4000-8000-000000000003"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ran = Cli(capsys, monkeypatch)(
        "case", "import", str(path), str(file), "--member", LEAD, passphrases=[PASSPHRASES[LEAD]]
    )
    assert ran.code == 0, ran.err
    assert held.code in ran.out + ran.err, f"the import said only: {ran.out.strip()!r}"


def test_the_handover_hands_over_a_held_case_as_held(desk: Desk) -> None:
    """The shift handover lists a held case as held at the reporter's request, not with a next step to
    act on: the incoming shift, which never saw the hold being made, is not handed a report the
    reporter asked the team not to act on."""
    held = report(desk, "Зоя Иванова", hours_ago=3)
    desk.hold(held.id, WORDS)
    handed = next(c for c in desk.handover_now().cases if c.code == held.code)
    said = json.dumps(handed.model_dump(mode="json"), ensure_ascii=False).casefold()
    assert "hold" in said or "held" in said, f"handed over as: {handed.next_step!r}, not as held"


def test_the_board_never_names_a_held_case(desk: Desk) -> None:
    """A held report (Зоя Иванова) confirmed to name the person of a later report (Zoya Ivanova): the
    team's case view says the later one is also reported in the held case, but the board (on a
    projector) never names a held case, not even after "Also reported in"."""
    held = report(desk, "Зоя Иванова", hours_ago=3)
    desk.hold(held.id, WORDS)
    later = report(desk, "Zoya Ivanova")
    hint = desk.suggestions(later.id)[0]
    desk.confirm_same_person(later.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert list(desk.also_reported_in(later.id).values()) == [[held.code]]
    assert desk.board_links(later.id) == ()
    assert held.code not in json.dumps(desk.linked_codes())


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Badge says night_owl", "posts in the chat as @night_owl"),
        ("calls himself “Sokół” at the booth", "badge says Sokół"),
        ("username owl42 on the event app", "asked everyone to follow owl42"),
    ],
)
def test_a_handle_in_its_strong_form_is_enough(desk: Desk, earlier: str, later: str) -> None:
    first = report(desk, description=earlier, hours_ago=2)
    assert suggested(desk, report(desk, description=later)) == [first.code]
