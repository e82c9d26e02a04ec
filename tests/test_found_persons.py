"""Found by an outside tester: the same person across reports, and held reports (issue 14, parts 2
and 3). Each test fails on the code as it stands, for a reason a team member or an attacker would
notice. Real vaults, no mocks; names in several scripts.
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


def test_an_imported_case_with_a_forged_person_code_links_itself_to_another_report(desk: Desk) -> None:
    """A case file is plain JSON: whoever writes one can set its reported person's ``person_code`` to
    the code of a person in another report. The import keeps it, so the desk says "Also reported in"
    between two reports about different people (Łukasz Nowak and 李明) that no one on the team ever
    confirmed, with no "Confirmed" entry in either timeline. A link is the team's word only; a forged
    file must not be able to make one (or count two people as one in the transparency report)."""
    nowak = report(desk, "Łukasz Nowak", hours_ago=3)
    other = report(desk, "李明", hours_ago=2)
    forged = _imported(desk, other, person_code=reported(nowak).person_code)
    assert reported(desk.case(forged.id)).name == "李明"
    assert list(desk.also_reported_in(nowak.id).values()) == [[]], (
        "an imported file linked itself to Łukasz Nowak's report without the team confirming it"
    )


def test_an_imported_case_can_silence_a_real_match_with_a_forged_not_same(desk: Desk) -> None:
    """The file also carries ``not_same``: an import naming Лукаш Новак (the same man as the earlier
    Łukasz Nowak) with the earlier person's code in ``not_same`` is never suggested, though no one on
    this team ever said they are different people. A repeat report about the same person then goes
    unnoticed, which is exactly what the suggestions are for."""
    nowak = report(desk, "Łukasz Nowak", hours_ago=3)
    later = report(desk, "Лукаш Новак", hours_ago=1)
    assert suggested(desk, later) == [nowak.code]
    imported = _imported(desk, later, not_same=[reported(nowak).person_code])
    assert nowak.code in suggested(desk, imported), (
        "a 'not the same person' no one on this team said came in with the file and hid the match"
    )


def test_a_rejected_suggestion_comes_back_once_the_other_report_is_linked(desk: Desk) -> None:
    """The team said the person in C is not the one in B ("never suggested again"). Later B is
    confirmed to be the person of an earlier report A, so B takes A's code. The rejection was kept
    as B's old code, which no one bears any more: B is suggested to C again (and C to B), and the
    team must say "not the same person" a second time about a question already answered."""
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


def test_common_words_make_a_match_at_a_small_event(desk: Desk) -> None:
    """ "Words most descriptions share do not count" — but a word counts as common only once more
    than five reported people carry it. At a small event (or on the first day) two unrelated reports
    describing "a man in a black shirt and jeans" are suggested as the same person, on nothing but
    the commonest words of any description. The team is nudged to link two different people."""
    first = report(desk, description="A man in a black shirt and jeans", hours_ago=3)
    second = report(desk, description="Man, black shirt, jeans, glasses")
    assert suggested(desk, second) == [], f"'man', 'black', 'shirt', 'jeans' made {first.code} a suggestion"


def test_a_handle_late_in_a_long_description_is_never_found(desk: Desk) -> None:
    """Only a description's first 60 distinct words are indexed. A responder who writes down the
    reporter's long, careful description puts the one thing that matters, the badge handle, at the
    end: it is never indexed, and a later report of "writes as nightowl" (a handle, which alone
    should be enough) gets no suggestion. A long description must not hide a repeat offender."""
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


def test_the_handover_shows_a_held_case_as_overdue(desk: Desk) -> None:
    """A held case has "no deadline running anywhere". Yet an action of the case with a due time
    that passed while it was held makes the shift handover list it under overdue, in red, for the
    next shift to chase, which is the opposite of what the reporter asked for."""
    held = report(desk, "Łukasz Nowak", hours_ago=10)
    desk.add_action(held.id, text="Talk to the reported person", due=now() - timedelta(hours=1))
    desk.hold(held.id, WORDS)
    handed = next(c for c in desk.handover_now().cases if c.code == held.code)
    assert handed.overdue == [], f"held case {held.code} handed over as overdue: {handed.overdue}"


def test_editing_the_held_report_itself_into_a_match_does_not_tell_the_lead(desk: Desk) -> None:
    """The held report first described its person vaguely; when the reporter comes back and gives
    the name (Лукаш Новак), the responder writes it into the held case, and it now matches an
    earlier report about Łukasz Nowak. The window asks ``held_alerts_for`` the case just written to
    tell the lead "at once", but that leaves out the case itself: the lead hears nothing until the
    next unlock, though this is precisely the match a held report waits for."""
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


def test_the_transparency_report_counts_two_people_the_team_told_apart_as_one(desk: Desk) -> None:
    """Two reports name a Зоя Иванова and a Zoya Ivanova; the team checked and said they are two
    different people ("Not the same person", recorded in the timeline). The public transparency
    report still counts one person named, because it joins people by name whatever the team said:
    the count published at the closing ceremony contradicts the team's own record."""
    from cocdesk.flow.transparency import people_named

    first = report(desk, "Зоя Иванова", hours_ago=2)
    second = report(desk, "Zoya Ivanova")
    hint = desk.suggestions(second.id)[0]
    desk.not_same_person(second.id, hint.person_id, hint.other_case_id, hint.other_person_id)
    assert suggested(desk, first) == []
    assert people_named(desk.case(s.id) for s in desk.cases()) == 2


def test_the_officer_learns_of_held_reports_never_filed(path: Path) -> None:
    """The Safety and Diversity Officer is shown filed cases only. Yet ``held_ids`` (asked by the
    case list and the board on every refresh) gives the Officer the id of every held case, filed or
    not: with no case shown to them, they learn that a report exists and that its reporter asked for
    it to be held, which is exactly what a held report keeps within the CoC team."""
    from tests.station_vaults import OFFICER

    with desk_as(path) as lead:
        held = report(lead, "Łukasz Nowak", hours_ago=3)
        lead.hold(held.id, WORDS)
    with desk_as(path, OFFICER) as officer:
        assert officer.cases() == []
        assert officer.held_ids() == set(), "the Officer is told of a held report that was never filed"


def test_any_word_after_as_or_called_is_taken_for_a_handle(desk: Desk) -> None:
    """A handle ("writes as nightowl") is enough on its own to suggest a match. But any word after
    "as", "called", "named", "says" is read as one: "until we called security" and "introduced as
    volunteer" make "security" and "volunteer" handles, so two unrelated people, described by what
    happened around them, are suggested as one. Words every CoC report uses must not link people."""
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


def test_an_imported_hold_from_before_the_report_pushes_its_deadlines_years_away(desk: Desk) -> None:
    """An imported case file can carry a hold of its own: "held" years before the report was even
    received, by someone not on the team, with no "Held" entry in any timeline (the import empties
    it). Accepted, releasing it would move every deadline on by those years: the case, now acted on,
    would never show overdue again. A hold is the team's act: a forged one is refused in one sentence
    and nothing is stored; a hold the team could have made comes in, recorded in the timeline."""
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
    imported = desk.import_case(Case.model_validate({**data, "hold": hold}))
    assert desk.case(imported.id).held
    assert "held at the reporter's request" in desk.case(imported.id).timeline[-1].what
    desk.release(imported.id)
    due = desk.case(imported.id).next_deadline()
    assert due is not None
    assert due.due_at < now() + timedelta(days=30), f"deadline moved to {due.due_at:%Y-%m-%d}"


def test_a_witness_keeps_a_shared_person_code_and_the_event_lead_learns_who_they_are(path: Path) -> None:
    """The team confirmed that B's reported person, Лукаш Новак, is A's Łukasz Nowak; later they
    found he was only a witness in B and changed his party. The edit keeps his person code, which A's
    reported person still bears. The Event Lead Organiser, who must never learn a witness's name,
    reads B with the witness withheld — and the same code beside "Łukasz Nowak" in A. Person codes
    are for reported people: one shared with a witness or reporter names them to every role."""
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
    with desk_as(path, EVENT_LEAD) as event_lead:
        in_first = json.loads(event_lead.export_case_json(first.id))
        in_second = json.loads(event_lead.export_case_json(second.id))
    named = {p["person_code"]: p["name"] for p in in_first["people"] if p["party"] == "reported"}
    withheld = [p for p in in_second["people"] if p["party"] != "reported"]
    assert all(p["name"] == "" for p in withheld)  # the witness is withheld from the Event Lead...
    leaked = [named[p["person_code"]] for p in withheld if p["person_code"] in named]
    assert leaked == [], f"...but their person code names them: {leaked}"


def test_a_cli_import_matching_a_held_report_says_nothing(
    path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    """A report about Лукаш Новак, typed on a roaming laptop, is imported with ``cocdesk case import``
    by the CoC team lead. A held report here waits for exactly that person (Łukasz Nowak). The
    command prints "Imported the case …" and nothing more: the lead, at the keyboard, is not told
    that a held report now matches, though the promise is to tell them at once, by any front end."""
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


def test_the_handover_hands_over_a_held_case_as_one_to_act_on(desk: Desk) -> None:
    """The shift handover lists a held case like any other, its next step "Safety first", with
    nothing anywhere saying it is held: the incoming shift, which never saw the hold being made, is
    handed a report to act on that the reporter asked the team not to act on. The handover is
    exactly where the hold must not be lost between shifts."""
    held = report(desk, "Зоя Иванова", hours_ago=3)
    desk.hold(held.id, WORDS)
    handed = next(c for c in desk.handover_now().cases if c.code == held.code)
    said = json.dumps(handed.model_dump(mode="json"), ensure_ascii=False).casefold()
    assert "hold" in said or "held" in said, f"handed over as: {handed.next_step!r}, not as held"
