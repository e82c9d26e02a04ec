"""The demo vault and the case generator make cases the procedure accepts, in every state a board shows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cocdesk.demo import DEMO_MEMBER, generate_cases, make_demo_vault
from cocdesk.domain import CaseStatus, Level, Role, now
from cocdesk.exchange import read_case_json
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
