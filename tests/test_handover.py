"""The shift handover: exactly the open cases with their next step, owner, deadline, promises to the
reporter and what is overdue; both confirmations in each case's timeline and the audit log; shown at
unlock to a member who has not confirmed the latest; never a reporter's or witness's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cocdesk.desk import Desk, InvalidEdit, NotAllowed
from cocdesk.flow.handover import TOLD_THE_REPORTER, Handover
from tests.handover_vaults import (
    EVENT_LEAD,
    LEAD,
    NAMES,
    OFFICER,
    RESPONDER,
    Codes,
    create_handover_vault,
    desk_as,
)


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Codes]:
    path = tmp_path / "camp.cocdesk"
    return path, create_handover_vault(path)


def audit_rows(desk: Desk, action: str) -> list[tuple[str | None, str, dict[str, object]]]:
    rows = desk.vault._connection.execute(
        "SELECT case_id, member, detail FROM audit WHERE action = ? ORDER BY seq", (action,)
    )
    return [(case_id, member, json.loads(detail)) for case_id, member, detail in rows]


def words(handover: Handover) -> str:
    return handover.model_dump_json()


def test_the_handover_lists_exactly_the_open_cases(vault: tuple[Path, Codes]) -> None:
    path, codes = vault
    with desk_as(path) as desk:
        listed = desk.handover_now()
    assert sorted(c.code for c in listed.cases) == sorted([codes.late, codes.placed, codes.fresh])
    assert codes.filed not in words(listed) and codes.closed not in words(listed)
    assert [c.code for c in listed.cases][:2] == [codes.late, codes.placed]  # overdue first


def test_each_case_has_its_next_step_owner_deadline_promises_and_overdue(vault: tuple[Path, Codes]) -> None:
    path, codes = vault
    with desk_as(path) as desk:
        cases = {c.code: c for c in desk.handover_now().cases}
    late, placed, fresh = cases[codes.late], cases[codes.placed], cases[codes.fresh]
    assert late.next_step == "Safety first"
    assert late.owner == RESPONDER and fresh.owner == LEAD
    assert late.deadline is not None and late.deadline.id == "act"
    assert [item.what for item in late.overdue] == ["Act within half a day of the report"]
    assert [item.what for item in placed.overdue] == ["Action: Ask the speaker for the slides"]
    assert fresh.overdue == [] and fresh.promises == []

    promised = {p.source: p for p in late.promises}
    police = promised["Offer help reporting to police (their answer)"]
    assert police.what == "Yes, with our help" and police.by == LEAD and police.at is not None
    told_next = promised["Complete the report form (what we told them happens next, and when)"]
    assert told_next.what == "[reporter] hears from us by 18:00 tomorrow, by phone"
    told = promised[TOLD_THE_REPORTER]
    assert told.by == RESPONDER and told.what.startswith("Told [reporter] the team meets at 9")
    assert "[witness]" in told.what


@pytest.mark.parametrize("member", [LEAD, RESPONDER])
def test_no_reporter_or_witness_is_named(vault: tuple[Path, Codes], member: str) -> None:
    path, _ = vault
    with desk_as(path, member) as desk:
        made = desk.hand_over()
        seen = words(made) + words(desk.handover_now())
        stored = json.dumps(desk.vault.notes("handover:"), ensure_ascii=False)
    for name in NAMES:
        for word in name.split():
            assert word.strip("'") not in seen and word not in stored, word


def test_both_confirmations_are_in_every_case_timeline_and_the_audit_log(vault: tuple[Path, Codes]) -> None:
    path, codes = vault
    with desk_as(path, LEAD) as desk:
        made = desk.hand_over()
    assert made.outgoing is not None and made.outgoing.member == LEAD and made.incoming == []
    with desk_as(path, RESPONDER) as desk:
        taken = desk.take_over()
        assert [c.member for c in taken.incoming] == [RESPONDER]
        for code in (codes.late, codes.placed, codes.fresh):
            said = [(e.who, e.what) for e in desk.case(code).timeline]
            assert (LEAD, "Handed over the shift (handover 1, 3 open cases)") in said
            assert (RESPONDER, f"Took over the shift from {LEAD} (handover 1)") in said
        for code in (codes.filed, codes.closed):
            assert not any("shift" in e.what for e in desk.case(code).timeline)
        handed, took = audit_rows(desk, "shift.hand_over"), audit_rows(desk, "shift.take_over")
        ids = {desk.resolve(code) for code in (codes.late, codes.placed, codes.fresh)}
        assert {case_id for case_id, _, _ in handed} == ids | {None}
        assert {case_id for case_id, _, _ in took} == ids | {None}
        assert all(member == LEAD for _, member, _ in handed)
        assert all(member == RESPONDER for _, member, _ in took)
        assert desk.verify() == []  # the chain holds across the entries of one act
        assert desk.latest_handover() == taken


def test_a_member_who_has_not_seen_the_latest_is_shown_it_until_they_confirm(
    vault: tuple[Path, Codes],
) -> None:
    path, _ = vault
    with desk_as(path, RESPONDER) as desk:
        assert desk.handover_to_show() is None  # a new vault: no handover, nothing shown
    with desk_as(path, LEAD) as desk:
        desk.hand_over()
        assert desk.handover_to_show() is None  # the one who handed over has seen it
    with desk_as(path, RESPONDER) as desk:
        shown = desk.handover_to_show()
        assert shown is not None and shown.number == 1
        desk.take_over(1)
    with desk_as(path, RESPONDER) as desk:
        assert desk.handover_to_show() is None  # not again after confirming
    with desk_as(path, RESPONDER) as desk:
        desk.hand_over()
    with desk_as(path, LEAD) as desk:
        again = desk.handover_to_show()
        assert again is not None and again.number == 2  # a newer handover is shown again


def test_roles_beyond_the_team_are_not_shown_a_handover_and_may_not_confirm(
    vault: tuple[Path, Codes],
) -> None:
    path, _ = vault
    with desk_as(path, LEAD) as desk:
        desk.hand_over()
    for member in (EVENT_LEAD, OFFICER):
        with desk_as(path, member) as desk:
            assert desk.handover_to_show() is None
            with pytest.raises(NotAllowed):
                desk.take_over()
            with pytest.raises(NotAllowed):
                desk.hand_over()


def test_taking_over_is_refused_in_one_sentence_when_it_cannot_be(vault: tuple[Path, Codes]) -> None:
    path, _ = vault
    with desk_as(path, RESPONDER) as desk, pytest.raises(InvalidEdit, match="nothing to take over"):
        desk.take_over()
    with desk_as(path, LEAD) as desk:
        desk.hand_over()
        with pytest.raises(InvalidEdit, match="You handed this shift over"):
            desk.take_over()
        desk.hand_over()
    with desk_as(path, RESPONDER) as desk:
        with pytest.raises(InvalidEdit, match="Handover 1 is not the latest"):
            desk.take_over(1)
        desk.take_over(2)
        with pytest.raises(InvalidEdit, match="already taken over handover 2"):
            desk.take_over()
        assert [h.number for h in desk.handovers()] == [1, 2]
