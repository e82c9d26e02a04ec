"""The demo vault and the case generator make cases the procedure accepts, in every state a board shows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cocdesk.demo import DEMO_MEMBER, generate_cases, make_demo_vault
from cocdesk.domain import CaseStatus, Level, Role, now
from cocdesk.exchange import read_case_json
from cocdesk.flow.deadlines import after_step, deadlines_for
from cocdesk.flow.progress import status_from_steps
from cocdesk.vault import KdfParams, Vault

FAST = KdfParams(iterations=1)
PASSPHRASE = "demo passphrase"


def scripts(text: str) -> set[str]:
    """The writing systems of the letters in ``text`` (LATIN, GREEK, CYRILLIC, CJK, HIRAGANA, ARABIC...)."""
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add("CJK" if name.startswith("CJK") else name.split(" ")[0])
    return found


def test_demo_vault_has_a_team_cases_in_every_state_and_names_in_many_scripts(tmp_path: Path) -> None:
    path = tmp_path / "demo.cocdesk"
    make_demo_vault(path, PASSPHRASE, kdf=FAST)
    with Vault.open(path, DEMO_MEMBER, PASSPHRASE) as vault:
        assert vault.member.role == Role.COC_LEAD
        assert {m.role for m in vault.members()} == set(Role)
        event = vault.event
        assert event.starts_on and event.ends_on and event.starts_on <= now().date() <= event.ends_on
        assert len(event.crisis_contacts.listed()) >= 4
        cases = [vault.case(summary.id) for summary in vault.list_cases()]
        procedure = vault.procedure
        assert vault.verify() == []
    assert {case.status for case in cases} == set(CaseStatus)
    assert {case.quadrant for case in cases} >= {(r, i) for r in Level for i in Level}
    names = " ".join(person.name for case in cases for person in case.people)
    assert {"LATIN", "GREEK", "CYRILLIC", "CJK", "ARABIC"} <= scripts(names)
    assert "Łukasz Nowak" in names and "李明" in names
    overdue = [c for c in cases if any(d.overdue(now()) for d in c.deadlines)]
    assert len(overdue) == 1
    assert (now() - overdue[0].received_at).total_seconds() > 12 * 3600
    assert overdue[0].steps.get("act") is None or overdue[0].steps["act"].done_at is None
    for case in cases:
        assert case.people and case.steps["gather"].values["what_happened"]
        assert read_case_json(case.model_dump_json(), procedure, case.code).steps == case.steps
        if case.status not in (CaseStatus.RECEIVED, CaseStatus.ASSESSING):
            assert case.decisions and case.meeting.present and case.placement
            assert case.placement.rationale


def test_every_member_of_the_demo_team_unlocks_with_the_demo_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "demo.cocdesk"
    make_demo_vault(path, PASSPHRASE, kdf=FAST)
    for name in Vault.member_names(path):
        with Vault.open(path, name, PASSPHRASE) as vault:
            assert vault.member.name == name


def test_generated_cases_are_valid_varied_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "many.cocdesk"
    make_demo_vault(path, PASSPHRASE, kdf=FAST)
    with Vault.open(path, DEMO_MEMBER, PASSPHRASE) as vault:
        generate_cases(vault, 300, seed=7)
        summaries = vault.list_cases()
        procedure = vault.procedure
        sample = [vault.case(s.id) for s in summaries[::25]]
        assert vault.verify() == []
    assert len(summaries) == 308 and len({s.code for s in summaries}) == 308
    assert {s.status for s in summaries} == set(CaseStatus)
    assert {s.quadrant for s in summaries if s.quadrant} == {(r, i) for r in Level for i in Level}
    for case in sample:
        assert read_case_json(case.model_dump_json(), procedure, case.code).steps == case.steps
        assert case.status == CaseStatus.RECEIVED or case.placement is not None


def test_demo_cases_have_the_status_and_deadlines_the_desk_would_give_them(tmp_path: Path) -> None:
    """The demo builds cases on the storage directly; their status follows the steps done and their
    deadlines are the procedure's, met when the step that meets them was done, as the desk does it."""
    path = tmp_path / "demo.cocdesk"
    make_demo_vault(path, PASSPHRASE, kdf=FAST)
    with Vault.open(path, DEMO_MEMBER, PASSPHRASE) as vault:
        generate_cases(vault, 60, seed=11)
        procedure, event = vault.procedure, vault.event
        listed = {s.id: s for s in vault.list_cases()}
        cases = [vault.case(case_id) for case_id in listed]
    for case in cases:
        expected = deadlines_for(procedure, event, case.received_at)
        for step in procedure.steps:
            record = case.steps.get(step.id)
            if record is not None and record.done_at is not None:
                expected = after_step(procedure, expected, step.id, record.done_at)
        assert [(d.id, d.due_at, d.met_at) for d in case.deadlines] == [
            (d.id, d.due_at, d.met_at) for d in expected
        ], case.code
        assert case.status == status_from_steps(procedure, case), case.code
        due = case.next_deadline()
        assert listed[case.id].next_due == (due.due_at if due else None)
        assert listed[case.id].overdue(now()) is (
            case.status.is_open and due is not None and due.overdue(now())
        )
