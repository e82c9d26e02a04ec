"""The transparency report tells the truth: made from a real vault through the desk and read back from
the PDF and the Markdown, it says what the team did, no more."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from cocdesk.desk import Desk
from cocdesk.domain import Action, now
from cocdesk.vault import InvalidEdit
from tests.gui.wizard_support import desk_vault, open_desk
from tests.station_vaults import LEAD, ZOYA


def report(desk: Desk, folder: Path) -> tuple[str, str]:
    """The final report as (PDF text, Markdown)."""
    pdf, md = folder / "report.pdf", folder / "report.md"
    desk.transparency_report(pdf, md)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    return text, md.read_text(encoding="utf-8")


def row(markdown: str, label: str) -> str:
    found = re.search(rf"^\| {re.escape(label)} \| (.+?) \|$", markdown, re.M)
    assert found, (label, markdown)
    return found.group(1)


def file_case(desk: Desk, code: str, folder: Path) -> None:
    desk.tick(code, "file", "file_with_officer", True)
    desk.file_report(code, folder / f"{code}.pdf")


def warned(desk: Desk, hours_ago: float = 6) -> tuple[str, Action]:
    """A case decided "verbal warning" for right now, with the warning given by Зоя an hour ago."""
    case = desk.take_report(received_at=now() - timedelta(hours=hours_ago))
    decision = desk.record_decision(case.code, text="Warn them", response="verbal_warning", owner=LEAD)
    action = desk.add_action(case.code, text="Зоя spoke to them", owner=ZOYA, carries_out=decision.id)
    desk.action_done(case.code, action.id, now() - timedelta(hours=1))
    return case.code, action


def test_a_decision_carried_out_cannot_be_edited_into_a_ban_and_stays_a_warning(tmp_path: Path) -> None:
    """Warned (done), then someone edits the decision's response to "ban": the desk refuses, saying
    why, and the report publishes three warnings and no ban."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            code, _ = warned(desk)
            decision = desk.case(code).decisions[0]
            with pytest.raises(InvalidEdit, match=r"Action 1 .* marked done.*new decision"):
                desk.edit_decision(code, decision.id, response="ban_future_events")
            with pytest.raises(InvalidEdit, match="marked done"):  # nor through the whole part
                desk.set_part(code, "decisions", [decision.model_copy(update={"horizon": "later"})])
            desk.edit_decision(code, decision.id, text="Warn them, in private, Łukasz and Зоя")  # words may
            file_case(desk, code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Banned from future events") == "0"
    assert row(md, "Warned") == "3"


def test_a_decision_edited_once_its_action_is_marked_not_done_counts_as_edited_when_done(
    tmp_path: Path,
) -> None:
    """A mistake corrected the way the refusal says: the action not done, the decision edited, the
    action done again; the report counts the corrected rung."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            code, action = warned(desk)
            decision = desk.case(code).decisions[0]
            desk.action_done(code, action.id, None)
            desk.edit_decision(code, decision.id, response="written_warning")
            desk.edit_decision(code, decision.id, response="removal_from_event")
            desk.action_done(code, action.id, now() - timedelta(hours=1))
            file_case(desk, code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Removed from the event") == "3" and row(md, "Warned") == "0"


def test_a_second_decision_never_carried_out_is_not_published_as_taken(tmp_path: Path) -> None:
    """Two decisions for now, a warning (done) and a removal (never done: they had left): the report
    counts the warning only."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            case = desk.take_report(received_at=now() - timedelta(hours=6))
            warn = desk.record_decision(case.code, text="Warn", response="verbal_warning", owner=LEAD)
            remove = desk.record_decision(case.code, text="Remove", response="removal_from_event", owner=LEAD)
            given = desk.add_action(case.code, text="Warned them", owner=LEAD, carries_out=warn.id)
            desk.add_action(case.code, text="李 escorts them out", owner=LEAD, carries_out=remove.id)
            desk.action_done(case.code, given.id, now() - timedelta(hours=1))
            file_case(desk, case.code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Removed from the event") == "0"
    assert row(md, "Warned") == "3"


def test_an_action_linked_to_no_decision_takes_none(tmp_path: Path) -> None:
    """An action done that carries out no decision (as in a vault kept before actions were linked) makes
    nothing taken: the finished case counts as no action, not as the warning decided."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            case = desk.take_report(received_at=now() - timedelta(hours=6))
            desk.record_decision(case.code, text="Warn", response="verbal_warning", owner=LEAD)
            action = desk.add_action(case.code, text="Łukasz had a word", owner=LEAD)
            desk.action_done(case.code, action.id, now() - timedelta(hours=1))
            file_case(desk, case.code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Warned") == "0" and row(md, "No action taken") == "3"
    assert "### Acting in time\n\nNone." in md


def test_an_action_carries_out_only_a_decision_of_its_case_for_right_now(tmp_path: Path) -> None:
    with open_desk(desk_vault(tmp_path)) as desk:
        first, _ = warned(desk)
        other = desk.take_report()
        later = desk.record_decision(other.code, text="Ban, Зоя asks", horizon="later", owner=LEAD)
        elsewhere = desk.case(first).decisions[0].id
        for wrong in (elsewhere, later.id):
            with pytest.raises(InvalidEdit, match="only one of its decisions for right now"):
                desk.add_action(other.code, text="李 told them", carries_out=wrong)
            linked = Action(text="李 told them", carries_out=wrong)
            with pytest.raises(InvalidEdit, match="only one of its decisions for right now"):
                desk.set_part(other.code, "actions", [linked])
        assert desk.case(other.code).actions == []


def test_drafts_left_unfinished_at_the_close_are_counted_apart_not_as_no_action(tmp_path: Path) -> None:
    """Three drafts nobody worked on, and one warned, left unfinished at the close (as the closing dialog
    asks before the final report): counted as left unfinished, never as an outcome."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            case = desk.take_report()
            desk.leave_unfinished(case.code, "Зоя walked away before giving any details")
        code, _ = warned(desk)
        desk.leave_unfinished(code, "Łukasz was called away before filing")
        pdf, md = report(desk, tmp_path)
    assert row(md, "No action taken") == "0" and row(md, "Warned") == "0"
    assert row(md, "Still open") == "0"
    assert row(md, "Left unfinished") == "4"
    assert re.search(r"Left unfinished\s*4", pdf)


def test_acting_in_time_takes_the_corrected_done_time_not_the_click(tmp_path: Path) -> None:
    """The action was done an hour after the report (the time the team gave); the act step was ticked
    off the next morning. "Acting in time" counts the action: within 12 hours."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            received = now() - timedelta(hours=20)
            case = desk.take_report(received_at=received)
            decision = desk.record_decision(case.code, text="Warn", response="verbal_warning", owner=LEAD)
            action = desk.add_action(case.code, text="Зоя warned them", owner=ZOYA, carries_out=decision.id)
            desk.action_done(case.code, action.id, received + timedelta(hours=1))
            desk.tick(case.code, "act", "take_action", True)
            desk.complete_step(case.code, "act")  # the next morning, at the desk
            file_case(desk, case.code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Within 12 hours of the report") == "3"
    assert row(md, "Later") == "0"


def test_acting_in_time_counts_only_actions_that_carry_out_a_decision(tmp_path: Path) -> None:
    """A note-taking action done at once carries out nothing; the warning, done a day later, is when the
    team acted."""
    with open_desk(desk_vault(tmp_path)) as desk:
        for _ in range(3):
            received = now() - timedelta(hours=30)
            case = desk.take_report(received_at=received)
            decision = desk.record_decision(case.code, text="Warn", response="verbal_warning", owner=LEAD)
            note = desk.add_action(case.code, text="李 wrote it up", owner=LEAD)
            desk.action_done(case.code, note.id, received + timedelta(minutes=10))
            action = desk.add_action(case.code, text="Зоя warned them", owner=ZOYA, carries_out=decision.id)
            desk.action_done(case.code, action.id, received + timedelta(hours=25))
            file_case(desk, case.code, tmp_path)
        _, md = report(desk, tmp_path)
    assert row(md, "Within 12 hours of the report") == "0"
    assert row(md, "Later") == "3"


def test_an_event_without_dates_publishes_no_blank_to_fill_in(tmp_path: Path) -> None:
    """With no dates set, the public report prints the event's name alone: no "· ______" in the PDF, and
    no line of underscores in the Markdown, which a blog would render as a horizontal rule."""
    with open_desk(desk_vault(tmp_path)) as desk:
        name = desk.event.name
        pdf, md = report(desk, tmp_path)
    assert "___" not in pdf and "___" not in md
    assert re.search(rf"^{re.escape(name)}$", pdf, re.M)


def test_a_decision_removed_before_its_action_is_done_leaves_the_action_carrying_out_none(
    tmp_path: Path,
) -> None:
    """The removal is taken back before anyone acted on it: its action carries out nothing now, and the
    team can still change that action's words."""
    with open_desk(desk_vault(tmp_path)) as desk:
        case = desk.take_report()
        warn = desk.record_decision(case.code, text="Warn", response="verbal_warning", owner=LEAD)
        remove = desk.record_decision(case.code, text="Remove", response="removal_from_event", owner=LEAD)
        action = desk.add_action(case.code, text="李 escorts them out", carries_out=remove.id)
        desk.set_part(case.code, "decisions", [d for d in desk.case(case.code).decisions if d.id == warn.id])
        assert desk.case(case.code).actions[0].carries_out is None
        desk.edit_decision(case.code, warn.id, horizon="later")  # nothing done carries it out: it may
        changed = action.model_copy(update={"text": "Зоя walks them out", "carries_out": None})
        desk.set_part(case.code, "actions", [changed])
        assert desk.case(case.code).actions[0].text == "Зоя walks them out"
