"""A team member who is the reporter (or a witness) is not named to the Event Lead Organiser or the
Safety and Diversity Officer: not in the meeting, its conflicts, or the fields naming the team."""

from __future__ import annotations

import json
from pathlib import Path

from cocdesk.desk import Desk
from cocdesk.domain import Action, Meeting, Party, Person
from tests.cli_support import Cli, cli
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import EVENT_LEAD, LEAD, OFFICER, PASSPHRASES, ZOYA

__all__ = ["cli"]  # the fixture


def reported_by(desk: Desk, reporter: str, reported: str = "") -> str:
    """A new case reported by ``reporter`` (about ``reported``, when given): its code."""
    case = desk.take_report(title="Remarks at the social evening")
    people = [Person(party=Party.REPORTER, name=reporter)]
    if reported:
        people.append(Person(party=Party.REPORTED, name=reported))
    desk.set_part(case.code, "people", people)
    return case.code


def reported_by_zoya(tmp_path: Path) -> tuple[Path, str]:
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = reported_by(desk, "Zoya Ivanova", reported="Björn Ålstrøm")
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
    return path, code


def test_the_event_lead_does_not_read_the_reporters_name_in_the_meetings_conflicts(tmp_path: Path) -> None:
    path, code = reported_by_zoya(tmp_path)
    with open_desk(path, EVENT_LEAD) as desk:
        shown = desk.case(code)
        assert "Зоя" not in json.dumps(shown.model_dump(mode="json"), ensure_ascii=False)
        # the present list withholds her, the conflicts list (just below it) names her
        assert [c.member for c in shown.meeting.conflicts] != [ZOYA]


def test_case_show_json_as_the_event_lead_does_not_name_the_reporter(tmp_path: Path, cli: Cli) -> None:
    path, code = reported_by_zoya(tmp_path)
    ran = cli(
        "case",
        "show",
        str(path),
        code,
        "--member",
        EVENT_LEAD,
        "--json",
        passphrases=[PASSPHRASES[EVENT_LEAD]],
    )
    assert ran.code == 0, ran.err
    assert "Зоя" not in ran.out


def test_the_officers_export_without_names_does_not_name_the_reporter(tmp_path: Path, cli: Cli) -> None:
    from cocdesk.domain import CaseStatus
    from tests.station_vaults import open_as as vault_as

    path, code = reported_by_zoya(tmp_path)
    with vault_as(path) as vault:
        (summary,) = [s for s in vault.list_cases() if s.code == code]
        vault.update_case(summary.id, status=CaseStatus.FILED)
    out = tmp_path / "officer.pdf"
    ran = cli(
        "export", str(path), "--member", OFFICER, "--case", code, str(out), passphrases=[PASSPHRASES[OFFICER]]
    )
    assert ran.code == 0, ran.err
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Зоя" not in text, [line for line in text.splitlines() if "Зоя" in line]


def test_a_member_sharing_the_reporters_first_name_does_not_give_it_away(tmp_path: Path) -> None:
    """The reporter is Зоя Смирнова; the responder Зоя Иванова is not in the case at all. The Event
    Lead reads the responder as "[reporter] Иванова" and as "(withheld)" at the meeting: so the
    reporter's first name is Зоя."""
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = reported_by(desk, "Зоя Смирнова", reported="Björn Ålstrøm")
        desk.set_part(code, "meeting", Meeting(present=[LEAD, ZOYA, OFFICER]))
        assert desk.conflict_flags(code) == []  # the team knows she is not a party
        desk.record_decision(code, text="Verbal warning", owner=ZOYA)
    with open_desk(path, EVENT_LEAD) as desk:
        shown = desk.case(code)
        owners = [d.owner for d in shown.decisions]
        assert owners != ["[reporter] Иванова"], owners
        assert shown.meeting.present.count("(withheld)") == 0, shown.meeting.present


def test_a_member_sharing_the_reporters_first_name_reads_whole_in_actions_and_text(tmp_path: Path) -> None:
    """Her full name is hers wherever it is written; the first name alone still reads as the reporter."""
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = reported_by(desk, "Зоя Смирнова")
        desk.set_part(
            code,
            "actions",
            [
                Action(text="Зоя Иванова walks Зоя to the quiet room", owner=ZOYA),
                Action(text="Call", owner=LEAD),
            ],
        )
    with open_desk(path, EVENT_LEAD) as desk:
        shown = desk.case(code)
    assert [(a.text, a.owner) for a in shown.actions] == [
        ("Зоя Иванова walks [reporter] to the quiet room", ZOYA),
        ("Call", LEAD),
    ]


def test_a_member_who_reported_reads_as_the_reporter_where_the_team_is_named(tmp_path: Path) -> None:
    """An action owned by Зоя, the reporter, reads "[reporter]" to the Event Lead: not a word of her
    name, and no "[reporter] Иванова" either."""
    path, code = reported_by_zoya(tmp_path)
    with open_desk(path) as desk:
        desk.set_part(code, "actions", [Action(text="Write down what she saw", owner=ZOYA)])
        assert desk.case(code).meeting.voting == [LEAD, OFFICER]
    with open_desk(path, EVENT_LEAD) as desk:
        shown = desk.case(code)
    assert [a.owner for a in shown.actions] == ["[reporter]"]
    assert shown.meeting.present == [LEAD, OFFICER]
    assert shown.meeting.voting == [LEAD, OFFICER]  # as many deciding as the team counts
    assert shown.meeting.conflicts == []


def test_a_shared_screen_shows_a_namesake_on_the_team_whole(tmp_path: Path) -> None:
    """The board (a projector) names no one, yet reads the responder Зоя Иванова as herself: "[reporter]
    Иванова" would tell the room the reporter is called Зоя."""
    path = desk_vault(tmp_path)
    with open_desk(path) as desk:
        code = reported_by(desk, "Зоя Смирнова", reported="Björn Ålstrøm")
        desk.record_decision(code, text="Зоя Иванова talks to Björn Ålstrøm tonight", owner=ZOYA)
        shown = desk.as_shared(desk.case(code))
    assert [(d.text, d.owner) for d in shown.decisions] == [
        ("Зоя Иванова talks to [reported person] tonight", ZOYA)
    ]
