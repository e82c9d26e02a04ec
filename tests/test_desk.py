"""The desk's policy as a table: every role × every act and read, each through the real desk method on
a real vault. An act is either done, or refused with one sentence and nothing changed in the vault.

The expected table is written out here rather than read from ``cocdesk.desk.policy``, so that a change
to the policy shows up as a failing row.

The team: Łukasz leads the CoC team, Зоя responds, 李明 is the Event Lead Organiser and Ana Núñez-Øby
the Safety and Diversity Officer. Three cases: one just received (its reporter Ngozi and witness
Ελένη named), one filed whose reporter agreed that the Officer may know who she is, one closed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from cocdesk import paper
from cocdesk.desk import Act, CaseNotFound, Desk, InvalidEdit, KdfParams, NotAllowed, Read
from cocdesk.desk.policy import PART_ACTS
from cocdesk.domain import (
    Agreement,
    Announcement,
    Case,
    CaseStatus,
    Communication,
    Consent,
    Event,
    Level,
    Meeting,
    Party,
    Person,
    Role,
)
from cocdesk.domain.case import Recipient
from tests.evidence_samples import PNG

FAST = KdfParams(iterations=1)
LEAD, RESPONDER, EVENT_LEAD, OFFICER = "Łukasz", "Зоя", "李明", "Ana Núñez-Øby"
OFF_SHIFT = "José Ortega"
PASSPHRASES = {
    LEAD: "żółta łódź płynie nocą",
    RESPONDER: "тихий вечер у моря",
    EVENT_LEAD: "红色的灯笼挂在门口",
    OFFICER: "ñandú sobre el fiordo",
    OFF_SHIFT: "the night shift ends at dawn",
}
ROLE_OF = {
    LEAD: Role.COC_LEAD,
    RESPONDER: Role.RESPONDER,
    EVENT_LEAD: Role.EVENT_LEAD,
    OFFICER: Role.SAFETY_OFFICER,
}
REPORTER, WITNESS, REPORTED = "Ngozi Adébáyọ̀", "Ελένη Παπαδοπούλου", "Björn Ålstrøm"
REPORTER_PHONE = "+41 79 555 01 23"
NAMED_REPORTER = "Chen Xin 陈欣"
CLEAN_ANNOUNCEMENT = (
    "At the social evening an attendee made repeated unwelcome remarks. This was a violation of our"
    " Code of Conduct. The attendee was asked to leave the event."
)


@dataclass(frozen=True)
class Codes:
    open: str  # received, named people, its filing item ticked and a clean announcement draft
    filed: str  # filed; the reporter agreed that the Officer may know who she is
    closed: str


def people(reporter: str) -> list[Person]:
    return [
        Person(party=Party.REPORTER, name=reporter, contact=REPORTER_PHONE),
        Person(party=Party.REPORTED, name=REPORTED, description="Tall, green lanyard"),
        Person(party=Party.WITNESS, name=WITNESS, contact="elena@example.org"),
    ]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Codes]:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "summit.cocdesk"
    event = Event(name="Zürich Summit 2026", time_zone="Europe/Zurich")
    with Desk.create(path, event, LEAD, PASSPHRASES[LEAD], kdf=FAST) as desk:
        for name, role in ROLE_OF.items():
            if role != Role.COC_LEAD:
                desk.add_member(name, role, PASSPHRASES[name])
        opened = desk.take_report(title="Remarks at the social evening")
        desk.set_part(opened.id, "people", people(REPORTER))
        desk.answer(opened.id, "gather", "what_happened", f"{REPORTED} followed her from hall B.")
        desk.tick(opened.id, "file", "file_with_officer", True)
        desk.place(opened.id, Level.HIGH, Level.LOW, "Followed her after a clear no")
        desk.set_part(opened.id, "announcement", Announcement(text=CLEAN_ANNOUNCEMENT))
        desk.attach(opened.id, "Łukasz-chat.png", PNG)

        filed = desk.take_report(title="Messages after the keynote")
        desk.set_part(filed.id, "people", people(NAMED_REPORTER))
        consent = Consent(
            share_identity=True, recipients=[Recipient.SAFETY_OFFICER], words="Yes, the Officer"
        )
        desk.set_part(filed.id, "consent", consent)
        desk.place(filed.id, Level.HIGH, Level.HIGH, "Several accounts")

        closed = desk.take_report(title="Badge photo without consent")
        desk.set_part(closed.id, "people", people("Zoë Ødegård"))
        # statuses a case reaches after days of work, set on the storage below the desk
        desk.vault.update_case(filed.id, status=CaseStatus.FILED)
        desk.vault.update_case(closed.id, status=CaseStatus.CLOSED)
        codes = Codes(opened.code, filed.code, closed.code)
        desk.add_member(OFF_SHIFT, Role.RESPONDER, PASSPHRASES[OFF_SHIFT])
    with Desk.open(path, OFF_SHIFT, PASSPHRASES[OFF_SHIFT]) as desk:
        desk.hand_over()  # a handover for the team to take over, by a member who has left since
    with Desk.open(path, LEAD, PASSPHRASES[LEAD]) as desk:
        desk.remove_member(OFF_SHIFT)
    return path, codes


@pytest.fixture
def station(template: tuple[Path, Codes], tmp_path: Path) -> tuple[Path, Codes]:
    """A fresh copy of the template vault for one test."""
    source, codes = template
    folder = tmp_path / "vault"
    shutil.copytree(source.parent, folder)
    return folder / source.name, codes


@pytest.fixture
def open_desk(station: tuple[Path, Codes]) -> Iterator[Callable[[str], Desk]]:
    opened: list[Desk] = []

    def desk_as(member: str) -> Desk:
        desk = Desk.open(station[0], member, PASSPHRASES[member])
        opened.append(desk)
        return desk

    yield desk_as
    for desk in opened:
        if desk.is_open:
            desk.close()


def audit_length(desk: Desk) -> int:
    return int(desk.vault._connection.execute("SELECT count(*) FROM audit").fetchone()[0])


def audit_entries(desk: Desk, action: str) -> list[dict[str, Any]]:
    rows = desk.vault._connection.execute("SELECT detail FROM audit WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(row[0]) for row in rows]


def snapshot(desk: Desk, folder: Path) -> dict[str, Any]:
    """Everything an act could change: the log, the team, the event, every case whole, the files."""
    vault = desk.vault
    return {
        "audit": audit_length(desk),
        "members": [m.model_dump() for m in vault.members()],
        "event": vault.event.model_dump(),
        "cases": [vault.case(s.id).model_dump() for s in vault.list_cases()],
        "files": sorted(p.name for p in folder.iterdir()),
        "keys": vault.files.keys.read_bytes(),
    }


# The acts, each through its desk method. ``out`` is a folder for the files an act writes.
Call = Callable[[Desk, Codes, Path], object]
ACTS: dict[Act, Call] = {
    Act.TAKE_REPORT: lambda d, c, out: d.take_report(title="Łukasz’s second report"),
    Act.EDIT_REPORT: lambda d, c, out: d.answer(c.open, "gather", "where_happened", "Łódź hall 李"),
    Act.COMPLETE_STEP: lambda d, c, out: d.complete_step(c.open, "gather"),
    Act.CRISIS_CALL: lambda d, c, out: d.record_crisis_call(c.open),
    Act.PLACE: lambda d, c, out: d.place(c.open, Level.LOW, Level.LOW, "Зоя: it stopped"),
    Act.MEET: lambda d, c, out: d.set_part(c.open, "meeting", Meeting(present=[LEAD, RESPONDER, EVENT_LEAD])),
    Act.DECIDE: lambda d, c, out: d.record_decision(c.open, text="Speak with him today", owner=LEAD),
    Act.ACT_ON: lambda d, c, out: d.add_action(c.open, text="Take his badge", owner=RESPONDER),
    Act.AGREE: lambda d, c, out: d.set_part(c.open, "agreement", Agreement(agreed=True, by=EVENT_LEAD)),
    Act.COMMUNICATE: lambda d, c, out: d.set_part(
        c.open, "communications", [Communication(kind="talk", by=RESPONDER, summary="He listened")]
    ),
    Act.DRAFT_ANNOUNCEMENT: lambda d, c, out: d.set_part(
        c.open, "announcement", Announcement(text="An attendee was asked to leave.")
    ),
    Act.APPROVE_ANNOUNCEMENT: lambda d, c, out: d.approve_announcement(c.open),
    Act.FILE: lambda d, c, out: d.file_report(c.open, out / "filed.pdf"),
    Act.EXPORT: lambda d, c, out: d.officer_export(out / "export.pdf", [c.filed]),
    Act.EXPORT_WITH_NAMES: lambda d, c, out: d.officer_export(out / "named.pdf", [c.filed], with_names=True),
    Act.EXPORT_JSON: lambda d, c, out: d.export_case_json(c.filed),
    Act.IMPORT: lambda d, c, out: d.import_case(Case(title="From the other desk")),
    Act.PRINT: lambda d, c, out: d.save_document(
        paper.blank_form(d.procedure, d.event), out / "blank.pdf", "paper.save", "Saved the blank form"
    ),
    Act.TRANSPARENCY: lambda d, c, out: d.transparency_report(out / "transparency.pdf"),
    Act.MANAGE_TEAM: lambda d, c, out: d.add_member("Ngozi", Role.RESPONDER, "ọ̀rẹ́ mi, ẹ káàrọ̀ o"),
    Act.EVENT_SETTINGS: lambda d, c, out: d.update_event(
        d.event.model_copy(update={"venue": "Kongresshaus"})
    ),
    Act.CHANGE_OWN_PASSPHRASE: lambda d, c, out: d.change_passphrase(
        PASSPHRASES[d.member.name], "a new passphrase for 2026 ✓"
    ),
    Act.BACKUP: lambda d, c, out: d.backup(out / "backup.cocdesk"),
    Act.VERIFY: lambda d, c, out: d.verify(),
    Act.CLOSE_EVENT: lambda d, c, out: d.destroy(),
    Act.REPAIR_KEYS: lambda d, c, out: d.repair_keys(),
    Act.HAND_OVER: lambda d, c, out: d.hand_over(),
    Act.TAKE_OVER: lambda d, c, out: d.take_over(),
    Act.LINK_PEOPLE: lambda d, c, out: d.confirm_same_person(*reported(d, c.open), *reported(d, c.filed)),
    Act.HOLD: lambda d, c, out: d.hold(c.open, "Ngozi asked us to keep it unless someone else reports him"),
    Act.ATTACH: lambda d, c, out: d.attach(c.open, "Зоя.png", PNG),
    Act.REMOVE_EVIDENCE: lambda d, c, out: d.remove_attachment(
        c.open, d.vault.part(c.open, "attachments", sealed=False)[0].id, "李 asked for it back"
    ),
}


def reported(desk: Desk, code: str) -> tuple[str, UUID]:
    """A case's code and its reported person's id, read below the desk (a role that may not read the
    case is still refused the act itself)."""
    return code, desk.vault.case(code).parties(Party.REPORTED)[0].id


L, R, E, SO = Role.COC_LEAD, Role.RESPONDER, Role.EVENT_LEAD, Role.SAFETY_OFFICER
TEAM, EVERYONE = {L, R}, {L, R, E, SO}
EXPECTED: dict[Act | Read, set[Role]] = {
    Act.TAKE_REPORT: TEAM,
    Act.EDIT_REPORT: TEAM,
    Act.COMPLETE_STEP: TEAM,
    Act.CRISIS_CALL: TEAM,
    Act.PLACE: TEAM,
    Act.MEET: TEAM,
    Act.DECIDE: TEAM,
    Act.ACT_ON: TEAM,
    Act.AGREE: TEAM | {E},
    Act.COMMUNICATE: TEAM,
    Act.DRAFT_ANNOUNCEMENT: TEAM,
    Act.APPROVE_ANNOUNCEMENT: {E},  # the default procedure names the Event Lead Organiser
    Act.FILE: TEAM,
    Act.EXPORT: TEAM | {SO},
    Act.EXPORT_WITH_NAMES: TEAM,
    Act.EXPORT_JSON: EVERYONE,
    Act.IMPORT: TEAM,
    Act.PRINT: EVERYONE,
    Act.TRANSPARENCY: {L, E, SO},
    Act.MANAGE_TEAM: {L},
    Act.EVENT_SETTINGS: {L},
    Act.CHANGE_OWN_PASSPHRASE: EVERYONE,
    Act.BACKUP: {L},
    Act.VERIFY: EVERYONE,
    Act.CLOSE_EVENT: {L},
    Act.REPAIR_KEYS: {L},
    Act.HAND_OVER: TEAM,
    Act.TAKE_OVER: TEAM,
    Act.LINK_PEOPLE: TEAM,
    Act.HOLD: TEAM,
    Act.ATTACH: TEAM,
    Act.REMOVE_EVIDENCE: TEAM,
    Read.CASES: EVERYONE,
    Read.IDENTITY: TEAM,
    Read.BRIEFING: EVERYONE,
    Read.TEAM: EVERYONE,
    Read.HANDOVER: TEAM,
}
MEMBERS = [LEAD, RESPONDER, EVENT_LEAD, OFFICER]
ENTRIES = {Act.FILE: 2}  # filing notes its intent first, then files (see test_desk_filing.py)
ENTRIES |= {Act.HAND_OVER: 2, Act.TAKE_OVER: 2}  # one in the log, one in the open case's timeline
ASKED_FIRST = {Act.EXPORT_WITH_NAMES: Act.EXPORT}  # exporting with names is first exporting


def test_the_table_covers_every_act_and_read() -> None:
    assert set(EXPECTED) == set(Act) | set(Read)
    assert set(ACTS) == set(Act)


@pytest.mark.parametrize("member", MEMBERS)
@pytest.mark.parametrize("act", list(Act), ids=lambda a: a.name.lower())
def test_every_act_is_done_or_refused_in_one_sentence_with_nothing_changed(
    open_desk: Callable[[str], Desk], station: tuple[Path, Codes], tmp_path: Path, member: str, act: Act
) -> None:
    path, codes = station
    out = tmp_path / "out"
    out.mkdir()
    desk = open_desk(member)
    allowed = ROLE_OF[member] in EXPECTED[act]
    assert desk.may(act) is allowed
    before = snapshot(desk, out)

    if not allowed:
        with pytest.raises(NotAllowed) as refused:
            ACTS[act](desk, codes, out)
        sentence = str(refused.value)
        assert sentence.count(". ") <= 1 and "\n" not in sentence
        assert act.value in sentence or ASKED_FIRST[act].value in sentence
        assert ROLE_OF[member].label in sentence
        assert snapshot(desk, out) == before
        return

    ACTS[act](desk, codes, out)
    if act == Act.CLOSE_EVENT:
        assert not path.exists() and not desk.is_open
        return
    if act == Act.VERIFY:
        assert snapshot(desk, out) == before  # reading changes nothing
        return
    after = snapshot(desk, out)
    assert after["audit"] == before["audit"] + ENTRIES.get(act, 1), "one act, one audit entry"


@pytest.mark.parametrize("member", MEMBERS)
def test_cases_are_listed_and_read_as_the_role_may(open_desk: Callable[[str], Desk], member: str) -> None:
    desk = open_desk(member)
    role = ROLE_OF[member]
    assert desk.may(Read.CASES) and desk.may(Read.TEAM) and desk.may(Read.BRIEFING)
    assert desk.may(Read.IDENTITY) is (role in EXPECTED[Read.IDENTITY])
    assert desk.sees_identity is (role in EXPECTED[Read.IDENTITY])
    assert [m.name for m in desk.members()] == sorted(MEMBERS)

    listed = {s.title for s in desk.cases()}
    filed = desk.case(desk.cases()[0].id)
    assert all(s.status in (CaseStatus.FILED, CaseStatus.CLOSED) for s in desk.cases()) is (
        role == Role.SAFETY_OFFICER
    )
    assert ("Remarks at the social evening" in listed) is (role != Role.SAFETY_OFFICER)
    text = filed.model_dump_json()
    for name in (NAMED_REPORTER, "Zoë Ødegård", REPORTER, WITNESS, REPORTER_PHONE):
        if role in TEAM:
            continue
        assert name not in text


def test_the_officer_is_shown_only_filed_and_closed_cases(
    open_desk: Callable[[str], Desk], station: tuple[Path, Codes]
) -> None:
    codes = station[1]
    officer = open_desk(OFFICER)
    assert sorted(s.code for s in officer.cases()) == sorted([codes.filed, codes.closed])
    assert {s.status for s in officer.cases()} == {CaseStatus.FILED, CaseStatus.CLOSED}
    with pytest.raises(CaseNotFound):
        officer.case(codes.open)
    with pytest.raises(CaseNotFound):
        officer.resolve(codes.open)
    filed = officer.case(codes.filed)
    assert filed.title == "Messages after the keynote"
    assert NAMED_REPORTER not in filed.model_dump_json() and WITNESS not in filed.model_dump_json()


def test_the_event_lead_reads_every_case_without_the_reporters_or_witnesses_names(
    open_desk: Callable[[str], Desk], station: tuple[Path, Codes]
) -> None:
    codes = station[1]
    lead = open_desk(EVENT_LEAD)
    assert len(lead.cases()) == 3
    case = lead.case(codes.open)
    text = case.model_dump_json()
    for hidden in (REPORTER, WITNESS, REPORTER_PHONE, "elena@example.org"):
        assert hidden not in text
    assert {p.name for p in case.people if p.party != Party.REPORTED} <= {""}
    assert case.title == "Remarks at the social evening"
    # The team reads the same case whole.
    lead.close()
    team = open_desk(RESPONDER).case(codes.open)
    assert [p.name for p in team.parties(Party.REPORTER)] == [REPORTER]


def test_editing_one_decision_keeps_the_others_author_and_time(open_desk: Callable[[str], Desk]) -> None:
    lead = open_desk(LEAD)
    code = next(s.code for s in lead.cases() if s.status == CaseStatus.RECEIVED)
    kept = lead.record_decision(code, text="Talk to him before the keynote", owner=LEAD)
    lead.close()
    zoya = open_desk(RESPONDER)
    edited_from = zoya.record_decision(code, text="Ask Ελένη for her account", horizon="later")
    edited = zoya.edit_decision(code, edited_from.id, text="Ask Ελένη for her account today")

    decisions = zoya.case(code).decisions
    assert [d.text for d in decisions] == [
        "Talk to him before the keynote",
        "Ask Ελένη for her account today",
    ]
    first, second = decisions
    assert (first.id, first.by, first.at) == (kept.id, LEAD, kept.at)
    assert (second.id, second.by) == (edited_from.id, RESPONDER)
    assert second.at >= edited_from.at and edited.text == second.text

    # Saving the whole list unchanged (as a form does) keeps both authors and times too.
    zoya.set_part(code, "decisions", decisions)
    assert zoya.case(code).decisions == decisions


def test_completing_a_step_writes_the_step_deadline_and_status_in_one_entry(
    open_desk: Callable[[str], Desk],
) -> None:
    desk = open_desk(RESPONDER)
    case = desk.take_report(title="Зоя’s report")
    action = desk.add_action(case.id, text="Take his badge", owner=LEAD)
    desk.action_done(case.id, action.id, action.due or case.received_at)
    desk.tick(case.id, "act", "take_action", True)
    assert [d.id for d in case.deadlines] == ["act"] and case.deadlines[0].met_at is None
    before = audit_length(desk)

    done = desk.complete_step(case.id, "act")

    assert audit_length(desk) == before + 1
    entry = audit_entries(desk, "case.step")[-1]
    assert entry["step"] == "act" and entry["done"] is True
    assert "the case is now acted" in entry["what"].lower()
    record = done.steps["act"]
    assert record.done_by == RESPONDER and record.done_at is not None
    assert done.deadlines[0].met_at == record.done_at
    assert done.status == CaseStatus.ACTED
    listed = next(s for s in desk.cases() if s.id == case.id)
    assert listed.status == CaseStatus.ACTED and listed.next_due is None

    reopened = desk.complete_step(case.id, "act", done=False)
    assert audit_length(desk) == before + 2
    assert reopened.steps["act"].done_at is None and reopened.deadlines[0].met_at is None
    assert reopened.status == CaseStatus.RECEIVED


def test_a_step_completed_half_way_leaves_nothing_written(
    open_desk: Callable[[str], Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = open_desk(LEAD)
    case = desk.take_report(title="Łukasz’s report")
    action = desk.add_action(case.id, text="Speak with him", owner=LEAD)
    desk.action_done(case.id, action.id, case.received_at)
    desk.tick(case.id, "act", "take_action", True)
    before = audit_length(desk)

    def cut(self: object, case: Case, withheld_case: Case | None = None) -> None:
        raise OSError(28, "No space left on device")

    # The step and the deadline are written; then the header's write fails.
    monkeypatch.setattr("cocdesk.vault.writes.CaseWrites.header", cut)
    with pytest.raises(OSError):
        desk.complete_step(case.id, "act")
    monkeypatch.undo()

    stored = desk.vault.case(case.id)
    assert audit_length(desk) == before
    assert stored.steps["act"].done_at is None and stored.deadlines[0].met_at is None
    assert stored.status == CaseStatus.RECEIVED


def test_completing_a_step_with_missing_items_is_refused_and_nothing_is_written(
    open_desk: Callable[[str], Desk],
) -> None:
    desk = open_desk(RESPONDER)
    case = desk.take_report(title="Ana’s report")
    before = audit_length(desk)
    with pytest.raises(InvalidEdit, match="this step still needs: ") as refused:
        desk.complete_step(case.id, "safety")
    assert "Move to a private space" in str(refused.value) or "private" in str(refused.value).lower()
    assert audit_length(desk) == before
    assert (
        desk.case(case.id).steps.get("safety") is None or desk.case(case.id).steps["safety"].done_at is None
    )


def test_only_the_procedures_approver_approves_and_never_while_a_name_is_in_the_text(
    open_desk: Callable[[str], Desk], station: tuple[Path, Codes]
) -> None:
    codes = station[1]
    team = open_desk(RESPONDER)
    named = f"{CLEAN_ANNOUNCEMENT} {REPORTED} may not come back."
    team.set_part(codes.open, "announcement", Announcement(text=named))
    with pytest.raises(NotAllowed):
        team.approve_announcement(codes.open)
    team.close()

    event_lead = open_desk(EVENT_LEAD)
    before = audit_length(event_lead)
    with pytest.raises(InvalidEdit, match="cannot be approved yet") as refused:
        event_lead.approve_announcement(codes.open)
    assert "names someone involved" in str(refused.value)
    assert audit_length(event_lead) == before
    # The refusal names the person to the Event Lead only as the draft already does; the case stays redacted.
    assert [p.name for p in event_lead.case(codes.open).parties(Party.REPORTER)] == [""]
    event_lead.close()

    team = open_desk(LEAD)
    team.set_part(codes.open, "announcement", Announcement(text=CLEAN_ANNOUNCEMENT))
    team.close()
    event_lead = open_desk(EVENT_LEAD)
    approved = event_lead.approve_announcement(codes.open)
    assert approved.approved_by == EVENT_LEAD and approved.approved_at is not None

    # Changing the text drops the approval; saving it unchanged keeps it.
    event_lead.close()
    team = open_desk(RESPONDER)
    team.set_part(codes.open, "announcement", Announcement(text=CLEAN_ANNOUNCEMENT))
    assert team.case(codes.open).announcement.approved_by == EVENT_LEAD
    team.set_part(codes.open, "announcement", Announcement(text=CLEAN_ANNOUNCEMENT + " Thank you."))
    assert team.case(codes.open).announcement.approved_by == ""


def test_the_approver_is_the_role_the_procedure_names(
    open_desk: Callable[[str], Desk], tmp_path: Path
) -> None:
    source = (Path(__file__).resolve().parent.parent / "cocdesk" / "procedure" / "default.toml").read_text(
        encoding="utf-8"
    )
    assert 'approved_by = "event_lead"' in source
    changed = tmp_path / "ours.toml"
    changed.write_text(source.replace('approved_by = "event_lead"', 'approved_by = "coc_lead"', 1))
    lead = open_desk(LEAD)
    lead.update_event(lead.event.model_copy(update={"procedure_file": str(changed)}))
    assert lead.approver == Role.COC_LEAD and lead.may(Act.APPROVE_ANNOUNCEMENT)
    code = next(s.code for s in lead.cases() if s.status == CaseStatus.RECEIVED)
    assert lead.approve_announcement(code).approved_by == LEAD
    lead.close()
    event_lead = open_desk(EVENT_LEAD)
    assert not event_lead.may(Act.APPROVE_ANNOUNCEMENT)
    with pytest.raises(NotAllowed):
        event_lead.approve_announcement(code)


def test_every_editable_part_asks_its_own_act(open_desk: Callable[[str], Desk]) -> None:
    event_lead = open_desk(EVENT_LEAD)
    code = next(s.code for s in event_lead.cases() if s.status == CaseStatus.RECEIVED)
    for name, act in PART_ACTS.items():
        if act in (Act.AGREE,):
            continue
        with pytest.raises(NotAllowed, match=act.value):
            event_lead.set_part(code, name, [])
    for name in ("placements", "deadlines"):
        with pytest.raises(InvalidEdit, match="cannot be changed directly"):
            event_lead.set_part(code, name, [])


def test_members_are_managed_only_by_the_lead_and_never_the_last_lead(
    open_desk: Callable[[str], Desk],
) -> None:
    zoya = open_desk(RESPONDER)
    before = audit_length(zoya)
    for refused in (
        lambda: zoya.remove_member(EVENT_LEAD),
        lambda: zoya.change_role(RESPONDER, Role.COC_LEAD),
        lambda: zoya.add_member("Ola", Role.RESPONDER, "a passphrase for Ola"),
    ):
        with pytest.raises(NotAllowed, match="add or remove members and change roles"):
            refused()
    assert audit_length(zoya) == before
    assert {m.name: m.role for m in zoya.members()}[RESPONDER] == Role.RESPONDER
    zoya.close()

    lead = open_desk(LEAD)
    with pytest.raises(InvalidEdit, match="at least one CoC team lead"):
        lead.change_role(LEAD, Role.RESPONDER)
    lead.change_role(RESPONDER, Role.COC_LEAD)
    lead.remove_member(EVENT_LEAD)
    assert sorted(m.name for m in lead.members()) == sorted([LEAD, RESPONDER, OFFICER])


def test_leaving_a_case_unfinished_belongs_to_closing_the_event(
    open_desk: Callable[[str], Desk], station: tuple[Path, Codes]
) -> None:
    codes = station[1]
    zoya = open_desk(RESPONDER)
    with pytest.raises(NotAllowed):
        zoya.leave_unfinished(codes.open, "The event is over")
    zoya.close()
    lead = open_desk(LEAD)
    assert (
        lead.leave_unfinished(codes.open, "The event is over; Зоя spoke with him").status == CaseStatus.CLOSED
    )
