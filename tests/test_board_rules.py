"""The board's rules without a window: card faces, filters, moves with their reasons, and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from cocdesk.board.cards import UNTITLED, by_urgency, card_for
from cocdesk.board.decisions import responses_for
from cocdesk.board.filters import BoardFilter, Look, Scope
from cocdesk.board.keys import step
from cocdesk.board.moves import MoveBook, UndoRefused
from cocdesk.desk import Desk, InvalidEdit, NotAllowed
from cocdesk.domain import CaseStatus, Level, now
from cocdesk.procedure import default_procedure
from tests.board_samples import TRAY_TITLE, board_desk
from tests.station_vaults import EVENT_LEAD, ZOYA, desk_as

LOW, HIGH = Level.LOW, Level.HIGH


@pytest.fixture
def desk(tmp_path: Path):
    with board_desk(tmp_path / "board.cocdesk") as opened:
        yield opened


def cards_by_title(desk: Desk):
    return {summary.title: card_for(summary) for summary in desk.cases()}


def test_a_card_counts_down_and_goes_overdue_after_half_a_day(desk: Desk) -> None:
    card = cards_by_title(desk)["Remarks at the social evening"]
    fresh = card.face(card.received_at + timedelta(hours=2), presenting=False)
    assert (fresh.deadline, fresh.overdue) == ("10 h 00 min left", False)
    assert fresh.age == "2 h 00 min ago"
    late = card.face(card.received_at + timedelta(hours=13, minutes=5), presenting=False)
    assert late.overdue and late.deadline == "OVERDUE by 1 h 05 min"


def test_presentation_faces_leave_out_status_and_holder(desk: Desk) -> None:
    card = cards_by_title(desk)["Messages after the keynote"]
    at = now()
    seen, room = card.face(at, presenting=False), card.face(at, presenting=True)
    assert seen.status == "Filed" and seen.holder == f"Held by {ZOYA}"
    assert ZOYA not in " ".join(room.texts()) and "Filed" not in room.texts()
    assert room.code == card.code and room.title == card.title


def test_closed_cases_have_no_running_deadline_and_an_untitled_case_says_so(desk: Desk) -> None:
    closed = cards_by_title(desk)["Badge photo without consent"]
    assert not closed.face(now(), presenting=False).overdue
    assert replace(closed, title="").face(now(), presenting=True).title == UNTITLED


def test_cards_are_ordered_overdue_first_and_closed_last(desk: Desk) -> None:
    ordered = [c.title for c in by_urgency(list(cards_by_title(desk).values()), now())]
    assert ordered[:2] == ["Slide in a lightning talk", TRAY_TITLE]  # both past their half day
    assert set(ordered[-2:]) == {"Messages after the keynote", "Badge photo without consent"}


def test_filters_keep_open_cases_one_quadrant_or_one_member(desk: Desk) -> None:
    cards = cards_by_title(desk)
    closed = cards["Badge photo without consent"]
    assert BoardFilter().look(closed) is Look.HIDDEN
    assert BoardFilter(scope=Scope.ALL).look(closed) is Look.FADED
    one_quadrant = BoardFilter(quadrant=(LOW, HIGH))
    assert [t for t, c in cards.items() if one_quadrant.look(c) is Look.SHOWN] == [
        "Remarks at the social evening"
    ]
    assert BoardFilter(quadrant=(LOW, HIGH)).look(cards[TRAY_TITLE]) is Look.HIDDEN
    zoya = BoardFilter(scope=Scope.ALL, member=ZOYA)
    assert [t for t, c in cards.items() if zoya.look(c) is not Look.HIDDEN] == ["Messages after the keynote"]
    assert zoya.describe(default_procedure().matrix) == f"All cases, closed ones faded · held by {ZOYA}"


def test_quadrant_names_come_from_the_procedure() -> None:
    matrix = default_procedure().matrix
    assert matrix.name(HIGH, LOW) == "High risk, low impact"
    renamed = matrix.model_copy(update={"risk": matrix.risk.model_copy(update={"high": "Danger"})})
    assert renamed.name(HIGH, HIGH) == "Danger, high impact"
    assert BoardFilter(quadrant=(HIGH, HIGH)).describe(renamed) == "Open cases · Danger, high impact"


def test_a_move_records_from_to_who_and_why(desk: Desk) -> None:
    book = MoveBook(desk)
    card = cards_by_title(desk)["Remarks at the social evening"]
    move = book.move(card.case_id, (HIGH, HIGH), "Łukasz: it happened again, aimed at Зоя")
    assert move is not None and move.before == (LOW, HIGH)
    case = desk.case(card.case_id)
    assert case.quadrant == (HIGH, HIGH)
    assert case.placement is not None and case.placement.by == desk.member.name
    entry = case.timeline[-1]
    assert entry.what == (
        "Moved from Low risk, high impact to High risk, high impact: Łukasz: it happened again, aimed at Зоя"
    )
    assert entry.who == desk.member.name


def test_a_move_needs_a_reason_and_a_move_to_the_same_quadrant_is_none(desk: Desk) -> None:
    book = MoveBook(desk)
    card = cards_by_title(desk)["Remarks at the social evening"]
    with pytest.raises(InvalidEdit):
        book.move(card.case_id, (HIGH, HIGH), "   ")
    assert book.move(card.case_id, (LOW, HIGH), "no change") is None
    assert desk.case(card.case_id).quadrant == (LOW, HIGH) and book.last is None


def test_undo_puts_the_case_back_with_a_new_placement(desk: Desk) -> None:
    book = MoveBook(desk)
    card = cards_by_title(desk)["Remarks at the social evening"]
    book.move(card.case_id, (HIGH, LOW), "Wrong quadrant, on purpose")
    before = len(desk.case(card.case_id).placements)
    book.undo()
    case = desk.case(card.case_id)
    assert case.quadrant == (LOW, HIGH)
    assert len(case.placements) == before + 1  # the history keeps the mistaken move
    assert case.timeline[-1].what.startswith("Moved back from High risk, low impact to Low risk, high impact")
    with pytest.raises(UndoRefused, match="no move to undo"):
        book.undo()


def test_undoing_a_first_placement_returns_the_case_to_the_tray(desk: Desk) -> None:
    book = MoveBook(desk)
    card = cards_by_title(desk)[TRAY_TITLE]
    book.move(card.case_id, (LOW, LOW), "Looks minor")
    book.undo()
    case = desk.case(card.case_id)
    assert case.quadrant is None
    assert [e.what for e in case.timeline[-2:]] == [
        "Moved from the tray to Low risk, low impact",  # its reason went with the placement taken back
        "Undid the move to Low risk, low impact: back in the tray",
    ]


def test_undo_is_refused_when_the_case_was_placed_elsewhere_since(desk: Desk) -> None:
    book = MoveBook(desk)
    card = cards_by_title(desk)["Remarks at the social evening"]
    book.move(card.case_id, (HIGH, LOW), "First thought")
    desk.place(card.case_id, HIGH, HIGH, "Placed in the wizard meanwhile")
    with pytest.raises(UndoRefused, match="placed again since"):
        book.undo()
    assert desk.case(card.case_id).quadrant == (HIGH, HIGH)


def test_the_book_follows_the_desk_open_now_and_keeps_its_history(tmp_path: Path) -> None:
    path = tmp_path / "board.cocdesk"
    board_desk(path).close()
    holder = {"desk": desk_as(path)}
    book = MoveBook(lambda: holder["desk"])
    social = cards_by_title(holder["desk"])["Remarks at the social evening"]
    book.move(social.case_id, (HIGH, HIGH), "Before the lock, said Łukasz")
    holder["desk"].close()  # a lock; the same member unlocks again
    with desk_as(path) as reopened:
        holder["desk"] = reopened
        book.undo()
        assert reopened.case(social.case_id).quadrant == (LOW, HIGH)


def test_a_member_who_may_not_place_is_refused_by_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "board.cocdesk"
    board_desk(path).close()
    with desk_as(path, EVENT_LEAD) as lead:
        social = cards_by_title(lead)["Remarks at the social evening"]
        with pytest.raises(NotAllowed):
            MoveBook(lead).move(social.case_id, (HIGH, HIGH), "李明 thinks it is worse")
        assert lead.case(social.case_id).quadrant == (LOW, HIGH)


def test_decisions_start_from_the_quadrants_suggestion_and_are_recorded(desk: Desk) -> None:
    procedure = default_procedure()
    suggested = [r.id for r in responses_for(procedure, (LOW, HIGH))]
    assert suggested[:2] == ["public_apology", "removal_from_event"]
    assert len(responses_for(procedure, None)) == len(procedure.response_ladder)
    card = cards_by_title(desk)["Remarks at the social evening"]
    with pytest.raises(InvalidEdit):
        desk.record_decision(card.case_id, text=" ")
    desk.record_decision(card.case_id, text="Talk to him tonight", response="verbal_warning", owner=ZOYA)
    case = desk.case(card.case_id)
    assert [(d.text, d.owner, d.horizon) for d in case.decisions] == [("Talk to him tonight", ZOYA, "now")]
    assert case.timeline[-1].what == f"Decided for right now, carried out by {ZOYA}"
    assert case.status == CaseStatus.RECEIVED


def test_the_arrow_keys_walk_the_matrix_and_only_a_tray_card_goes_back_to_the_tray() -> None:
    assert step(None, 1, 0, from_tray=True) == (LOW, LOW)
    assert step(None, 0, 1, from_tray=True) is None
    assert step((LOW, LOW), 1, 0, from_tray=True) == (HIGH, LOW)
    assert step((HIGH, LOW), 0, 1, from_tray=False) == (HIGH, HIGH)
    assert step((HIGH, HIGH), 1, 1, from_tray=False) == (HIGH, HIGH)
    assert step((LOW, HIGH), -1, 0, from_tray=True) is None
    assert step((LOW, HIGH), -1, 0, from_tray=False) == (LOW, HIGH)
    assert step((LOW, HIGH), 0, -1, from_tray=False) == (LOW, LOW)
