"""The reporter's identity withheld through every door: the desk, search, the CLI's JSON, the
briefing, every PDF read back, the audit log.

Mateus leads the CoC team and types the case of tests/test_identity.py act by act (names in four
scripts in every free-text field, transliterated and inflected too; some typed before the people are
recorded, some after). Kwame Mensah (Event Lead Organiser) and Ingrid Berg (Safety and Diversity
Officer) read it: no name anywhere, and the rest of every sentence. The team reads every name.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.desk import Desk, InvalidEdit, KdfParams
from cocdesk.domain import (
    Agreement,
    Announcement,
    CaseStatus,
    Communication,
    Conflict,
    Event,
    Level,
    Meeting,
    Role,
)
from cocdesk.domain.case import Consent, Recipient
from cocdesk.flow.briefing import briefing
from tests.cli_support import (
    Cli,
    cli,  # noqa: F401 (the fixture)
)
from tests.test_identity import (
    ELENI,
    LI_NA,
    MARKED,
    REPORTER,
    ZOYA,
    assert_withheld,
    found_names,
    people,
    typed,
)

FAST = KdfParams(iterations=1)
LEAD, EVENT_LEAD, OFFICER = "Mateus", "Kwame Mensah", "Ingrid Berg"
PASSPHRASES = {
    LEAD: "the lighthouse keeps its own time",
    EVENT_LEAD: "εννέα κύματα",
    OFFICER: "fjorden sover",
}
READ_ON_SCREEN = (
    "title",
    "public_summary",
    "what_happened",
    "where_happened",
    "police_reference",
    "talk_response",
    "decision",
    "action",
    "communication",
    "meeting",
    "conflict",
    "agreement",
    "announcement",
    "rationale",
    "reported_description",
)
"""Every field typed below, as a role without identity reads it."""


def flat(pdf: Path) -> str:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return make_station(tmp_path_factory.mktemp("identity") / "summit.cocdesk")


def make_station(path: Path) -> tuple[Path, str]:
    """The case typed act by act through the desk, then closed (the Officer reads closed cases)."""
    with Desk.create(path, Event(name="Summit 2026"), LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        desk.add_member(EVENT_LEAD, Role.EVENT_LEAD, PASSPHRASES[EVENT_LEAD])
        desk.add_member(OFFICER, Role.SAFETY_OFFICER, PASSPHRASES[OFFICER])
        for responder in ("Olu", "Ngozi"):  # the meeting's members are chosen from the team
            desk.add_member(responder, Role.RESPONDER, f"{responder} keeps the desk at night")
        case = desk.take_report(title=typed("title"))  # before anyone is named: rendered again below
        ref = case.id
        desk.answer(ref, "gather", "what_happened", typed("what_happened"))
        desk.answer(ref, "gather", "evidence", "Photos on Ana's phone")  # identifying: never in the clear
        desk.set_part(ref, "people", people())
        desk.answer(ref, "gather", "where_happened", typed("where_happened"))
        desk.answer(ref, "police", "police_reference", typed("police_reference"))
        desk.answer(ref, "talk", "talk_response", typed("talk_response"))
        desk.update_case(ref, public_summary=typed("public_summary"))
        desk.mark(ref, MARKED)
        desk.set_part(
            ref,
            "consent",
            Consent(
                share_identity=True, recipients=[Recipient.SAFETY_OFFICER], words="Ana: only the Officer"
            ),
        )
        desk.place(ref, Level.HIGH, Level.LOW, typed("rationale"))
        desk.set_part(
            ref,
            "meeting",
            Meeting(
                present=[LEAD, "Olu", "Ngozi"],
                size_reason=typed("meeting"),
                conflicts=[Conflict(member="Olu", note=typed("conflict"))],
            ),
        )
        desk.record_decision(ref, text=typed("decision"), owner=LEAD)
        desk.add_action(ref, text=typed("action"), owner="Ngozi")
        desk.set_part(
            ref, "communications", [Communication(kind="talk", by=LEAD, summary=typed("communication"))]
        )
        desk.set_part(ref, "agreement", Agreement(agreed=False, changes=typed("agreement")))
        desk.set_part(ref, "announcement", Announcement(text=typed("announcement")))
        desk.leave_unfinished(ref, "Ана asked us to stop; Zoya agreed")  # an audit text with names
        assert desk.case(ref).status == CaseStatus.CLOSED
        return path, case.code


@pytest.fixture
def copy(station: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the station for one test."""
    folder = tmp_path / "vault"
    shutil.copytree(station[0].parent, folder)
    return folder / station[0].name, station[1]


@pytest.fixture
def desk_as(copy: tuple[Path, str]) -> Iterator[Callable[[str], Desk]]:
    """Sign in as a member (one at a time, as at the station)."""
    opened: list[Desk] = []

    def sign_in(member: str) -> Desk:
        for desk in opened:
            desk.close()
        opened.append(Desk.open(copy[0], member, PASSPHRASES[member]))
        return opened[-1]

    yield sign_in
    for desk in opened:
        if desk.is_open:
            desk.close()


WITHOUT_IDENTITY = (EVENT_LEAD, OFFICER)


def test_the_team_reads_every_name(desk_as: Callable[[str], Desk], copy: tuple[Path, str]) -> None:
    desk = desk_as(LEAD)
    case = desk.case(copy[1])
    text = case.model_dump_json()
    for name in (REPORTER, ZOYA, LI_NA, ELENI, MARKED, "Photos on Ana's phone"):
        assert name in text, name
    assert case.steps["gather"].values["what_happened"] == typed("what_happened")
    assert case.identity.marked == [MARKED]
    texts = desk.searchable_texts()
    assert any("зоя" in t and "李娜" in t for t in texts.values())


@pytest.mark.parametrize("member", WITHOUT_IDENTITY)
def test_a_role_without_identity_reads_no_name_and_every_sentence(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str], member: str
) -> None:
    desk = desk_as(member)
    case = desk.case(copy[1])
    shown = case.model_dump_json()
    assert_withheld(shown, READ_ON_SCREEN)
    assert "Photos" not in shown  # an identifying answer is not there at all
    assert all(found_names(entry.what) == [] for entry in case.timeline)
    assert any("asked us to stop" in entry.what for entry in case.timeline)
    assert [s.code for s in desk.cases()] == [copy[1]]


@pytest.mark.parametrize("member", WITHOUT_IDENTITY)
def test_search_finds_no_name_for_a_role_without_identity(
    desk_as: Callable[[str], Desk], member: str
) -> None:
    texts = desk_as(member).searchable_texts()
    assert len(texts) == 1
    (text,) = texts.values()
    assert found_names(text) == []
    assert "coffee stand" in text and "[witness 2]" in text


@pytest.mark.parametrize("member", WITHOUT_IDENTITY)
def test_the_json_export_and_the_briefing_name_no_one(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str], member: str
) -> None:
    desk = desk_as(member)
    exported = desk.export_case_json(copy[1])
    assert_withheld(json.dumps(json.loads(exported), ensure_ascii=False), READ_ON_SCREEN)
    rows = briefing(desk.procedure, desk.case(copy[1]), desk.event.zone)
    assert_withheld("\n".join(f"{h}: {t}" for h, t in rows), ("decision", "rationale"))


@pytest.mark.parametrize("member", WITHOUT_IDENTITY)
def test_every_pdf_a_role_without_identity_makes_names_no_one(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str], member: str, tmp_path: Path
) -> None:
    desk = desk_as(member)
    form = tmp_path / "form.pdf"
    desk.save_document(desk.filled_report(copy[1]), form, "case.print", "Saved the report form")
    assert_withheld(flat(form), ("where_happened", "talk_response", "decision", "action"))
    report = tmp_path / "transparency.pdf"
    desk.transparency_report(report, tmp_path / "transparency.md")
    assert found_names(flat(report)) == []
    assert found_names((tmp_path / "transparency.md").read_text()) == []
    if member == OFFICER:
        export = tmp_path / "officer.pdf"
        desk.officer_export(export)
        assert_withheld(flat(export), ("where_happened", "decision", "communication"))


def test_the_officers_export_has_names_exactly_when_the_consent_covers_her(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str], tmp_path: Path
) -> None:
    desk = desk_as(LEAD)
    export = tmp_path / "named.pdf"
    desk.officer_export(export, [copy[1]], with_names=True)  # the consent covers the Officer
    assert REPORTER in flat(export)
    desk.set_part(copy[1], "consent", Consent(share_identity=True, recipients=[Recipient.EVENT_LEAD]))
    with pytest.raises(InvalidEdit, match="did not agree"):
        desk.officer_export(tmp_path / "refused.pdf", [copy[1]], with_names=True)
    assert not (tmp_path / "refused.pdf").exists()
    desk.officer_export(tmp_path / "withheld.pdf", [copy[1]])
    assert found_names(flat(tmp_path / "withheld.pdf")) == []


def test_the_cli_json_as_the_event_lead_names_no_one(copy: tuple[Path, str], cli: Cli) -> None:  # noqa: F811
    ran = cli(
        "case",
        "show",
        str(copy[0]),
        copy[1],
        "--json",
        "--member",
        EVENT_LEAD,
        passphrases=[PASSPHRASES[EVENT_LEAD]],
    )
    assert ran.code == 0, ran.err
    assert_withheld(json.dumps(json.loads(ran.out), ensure_ascii=False), READ_ON_SCREEN)


def test_the_audit_log_holds_no_name(desk_as: Callable[[str], Desk]) -> None:
    rows = desk_as(LEAD).vault._connection.execute("SELECT detail FROM audit").fetchall()
    assert found_names("\n".join(json.dumps(json.loads(row[0]), ensure_ascii=False) for row in rows)) == []


def plain_tables(desk: Desk) -> str:
    """Every row of the tables a member without the identity key reads, as text."""
    rows: list[str] = []
    for table in ("cases", "case_parts", "answers", "steps", "audit", "meta"):
        rows += [str(row) for row in desk.vault._connection.execute(f"SELECT * FROM {table}")]
    return "\n".join(rows)


def test_a_vault_from_before_sealing_is_withheld_at_once_and_sealed_at_the_teams_unlock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cocdesk.vault.sealed.set_key_id", lambda connection, key: None)
    monkeypatch.setattr(Desk, "_establish_identity", lambda desk: None)
    path, code = make_station(tmp_path / "old.cocdesk")  # as the release before sealing made it
    monkeypatch.undo()
    with Desk.open(path, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]) as desk:
        assert not desk.vault.identity_established
        assert found_names(plain_tables(desk))  # names in the clear, for whoever holds the database key
        assert_withheld(desk.case(code).model_dump_json(), READ_ON_SCREEN)  # withheld as it is read
        (text,) = desk.searchable_texts().values()
        assert found_names(text) == []
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:  # the team's unlock seals it
        assert desk.vault.identity_established
        assert REPORTER in desk.case(code).model_dump_json()
    with Desk.open(path, EVENT_LEAD, PASSPHRASES[EVENT_LEAD]) as desk:
        assert found_names(plain_tables(desk)) == []
        assert_withheld(desk.case(code).model_dump_json(), READ_ON_SCREEN)


def test_marks_and_false_matches_change_how_every_text_reads(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str]
) -> None:
    desk = desk_as(LEAD)
    desk.answer(copy[1], "gather", "where_happened", "At the Kraków chapter table, by Zoya")
    desk.mark(copy[1], "kraków chapter")
    desk.unmark(copy[1], "Zoya")  # the team says "Zoya" is not a name here (it also stops finding Зоя)
    shown = desk_as(EVENT_LEAD).case(copy[1]).steps["gather"].values["where_happened"]
    assert shown == "At the [withheld] table, by Zoya"
    desk = desk_as(LEAD)
    desk.unmark(copy[1], "Kraków chapter")  # a mark taken back
    assert desk.case(copy[1]).identity.marked == [MARKED]
    shown = desk_as(EVENT_LEAD).case(copy[1]).steps["gather"].values["where_happened"]
    assert shown == "At the Kraków chapter table, by Zoya"


def test_a_member_reads_identity_exactly_while_their_role_sees_it(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str]
) -> None:
    desk_as(LEAD).add_member("Ola", Role.RESPONDER, "ola's long passphrase")
    PASSPHRASES["Ola"] = "ola's long passphrase"
    try:
        assert REPORTER in desk_as("Ola").case(copy[1]).model_dump_json()
        desk_as(LEAD).change_role("Ola", Role.EVENT_LEAD)
        assert_withheld(desk_as("Ola").case(copy[1]).model_dump_json(), READ_ON_SCREEN)
        desk_as(LEAD).change_role(EVENT_LEAD, Role.RESPONDER)
        assert REPORTER in desk_as(EVENT_LEAD).case(copy[1]).model_dump_json()
    finally:
        del PASSPHRASES["Ola"]


def test_what_a_front_end_says_of_a_print_is_withheld_in_the_log(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str], tmp_path: Path
) -> None:
    desk = desk_as(LEAD)
    case_id = str(desk.case(copy[1]).id)
    document = desk.filled_report(copy[1])
    desk.save_document(document, tmp_path / "Ana Núñez-Øby.pdf", "case.print", "Printed Ana's form", case_id)
    desk.record_delivery("case.copy", "Copied Zoya's account", case_id, to="Орловой")
    rows = desk.vault._connection.execute("SELECT detail FROM audit ORDER BY seq DESC LIMIT 2").fetchall()
    said = "\n".join(json.dumps(json.loads(row[0]), ensure_ascii=False) for row in rows)
    assert found_names(said) == [], said
    assert "Printed [reporter]'s form" in said and "[reporter].pdf" in said


def test_renditions_an_older_matcher_made_are_made_again_at_the_teams_unlock(
    desk_as: Callable[[str], Desk], copy: tuple[Path, str]
) -> None:
    # as if an older matcher had missed a way of writing a name: the stored rendition holds it
    desk = desk_as(LEAD)
    case_id = desk.resolve(copy[1])
    missed = "Зою видели у кофейни"
    desk.vault._connection.execute(
        "UPDATE answers SET value = ? WHERE case_id = ? AND step_id = ? AND field_id = ?",
        (json.dumps(missed), case_id, "gather", "where_happened"),
    )
    desk.vault._connection.execute("UPDATE meta SET value = '1' WHERE key = 'identity.rendition'")
    assert missed in desk_as(EVENT_LEAD).case(copy[1]).model_dump_json()  # the stale rendition
    desk_as(LEAD)  # the team's unlock makes every rendition again
    for member in WITHOUT_IDENTITY:
        shown = desk_as(member).case(copy[1]).model_dump_json()
        assert missed not in shown and found_names(shown) == []
    assert typed("where_happened") in desk_as(LEAD).case(copy[1]).model_dump_json()
