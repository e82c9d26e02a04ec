"""Each action on the take-action step says which decision for right now it carries out, chosen by
keyboard or screen reader and saved as the choice changes: only a decision whose action is done is
published as taken."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cocdesk.domain import now
from cocdesk.gui.wizard.part_actions import ActionsEditor
from tests.gui.wizard_support import Keyboard, desk_vault, open_as, part_of, show_wizard
from tests.station_vaults import LEAD, ZOYA


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return desk_vault(tmp_path)


def test_a_new_action_carries_out_the_only_decision_for_right_now(qtbot, path: Path) -> None:
    session = open_as(path)
    case = session.desk.take_report(received_at=now() - timedelta(hours=2))
    warn = session.desk.record_decision(
        case.code, text="Зоя gives a verbal warning", response="verbal_warning"
    )
    session.desk.record_decision(case.code, text="Ask 李 about a ban", horizon="later")
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    row = part_of(wizard, "act", ActionsEditor).rows[0]
    assert row.carries.accessibleName() == "Action 1: carries out"
    assert [row.carries.itemText(i) for i in range(row.carries.count())] == [
        "None of the decisions",
        "Decision 1: Зоя gives a verbal warning",
    ]  # the decision for later is an option kept, nothing to carry out now
    assert row.carries.currentText() == "Decision 1: Зоя gives a verbal warning"
    row.text.text.setPlainText("Łukasz spoke to them")
    assert wizard.flush()
    (action,) = session.desk.case(case.code).actions
    assert action.carries_out == warn.id
    session.close()


def test_the_decision_an_action_carries_out_is_chosen_by_keyboard_and_saved_at_once(
    qtbot, path: Path
) -> None:
    session = open_as(path)
    case = session.desk.take_report(received_at=now() - timedelta(hours=2))
    session.desk.record_decision(case.code, text="Warn Зоя's colleague", response="verbal_warning")
    remove = session.desk.record_decision(
        case.code, text="Remove 李 from the event", response="removal_from_event"
    )
    action = session.desk.add_action(case.code, text="Escort out with security", owner=LEAD)
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    row = part_of(wizard, "act", ActionsEditor).rows[0]
    assert row.carries.currentText() == "None of the decisions"  # two to choose from: no guess
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("Action 1: carries out")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert row.carries.currentText() == "Decision 2: Remove 李 from the event"
    assert wizard.flush()
    stored = session.desk.case(case.code)
    assert stored.actions[0].id == action.id and stored.actions[0].carries_out == remove.id
    assert stored.actions[0].text == "Escort out with security" and stored.actions[0].owner == LEAD
    session.close()


def test_a_stored_link_is_shown_and_survives_the_done_tick(qtbot, path: Path) -> None:
    session = open_as(path)
    case = session.desk.take_report(received_at=now() - timedelta(hours=2))
    session.desk.record_decision(case.code, text="Note only", response="note_only")
    warn = session.desk.record_decision(
        case.code, text="Зоя warns them", response="verbal_warning", owner=ZOYA
    )
    session.desk.add_action(case.code, text="Warned by Зоя", owner=ZOYA, carries_out=warn.id)
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    row = part_of(wizard, "act", ActionsEditor).rows[0]
    assert row.carries.currentText() == "Decision 2: Зоя warns them"
    row.done.setChecked(True)
    assert wizard.flush()
    (action,) = session.desk.case(case.code).actions
    assert action.done_at is not None and action.carries_out == warn.id
    session.close()
