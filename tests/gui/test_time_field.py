"""A time typed into the wizard as a responder says it, read back in words, and saved in the vault.

The event is in Europe/Zurich; every time is read back through the desk from the real vault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cocdesk.domain import now
from cocdesk.domain.shown_time import long_form
from cocdesk.gui.session import Session
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.part_actions import ActionsEditor
from cocdesk.gui.wizard.widget import WizardWidget
from tests.gui.wizard_support import Keyboard, desk_vault, fields_of, open_as, part_of, show_wizard

ZURICH = ZoneInfo("Europe/Zurich")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """The Lead's session on a desk with no cases yet; closed after the test."""
    opened = open_as(desk_vault(tmp_path))
    yield opened
    opened.close()


@pytest.fixture
def on_gather(qtbot, session: Session) -> Callable[..., tuple[str, WizardWidget, DateTimeField]]:
    """A new case (named ``title``, its time of the incident ``stored`` if given), and the
    wizard open on it at the step where that time is typed: its code, the wizard and the time field."""

    def open_on(title: str = "", stored: str | None = None) -> tuple[str, WizardWidget, DateTimeField]:
        case = session.desk.take_report(title=title)
        if stored is not None:
            session.desk.answer(case.id, "gather", "when_happened", stored)
        wizard = show_wizard(qtbot, session, case.code, step_id="gather")
        return case.code, wizard, when_field(wizard)

    return open_on


def when_field(wizard) -> DateTimeField:
    editor = fields_of(wizard, "gather").editor("when_happened")
    assert isinstance(editor, DateTimeField)
    return editor


def stored_when(session, code: str) -> datetime | None:
    wizard_flushed = session.desk.case(code).steps.get("gather")
    value = wizard_flushed.values.get("when_happened") if wizard_flushed else None
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def typed_into(qtbot, wizard, field: DateTimeField, text: str) -> None:
    """Over what the line holds, the first key replacing it all, as after a click and Ctrl+A."""
    field.line.setFocus()
    field.line.selectAll()
    Keyboard(qtbot, wizard).type(text)


def yesterday_at(hour: int, minute: int) -> datetime:
    day = datetime.now(ZURICH).date() - timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZURICH)


def test_yesterday_2130_typed_is_saved_and_spelled_out_under_the_line(
    qtbot, session: Session, on_gather
) -> None:
    code, wizard, field = on_gather(title="Łukasz und Зоя am Empfang")
    typed_into(qtbot, wizard, field, "yesterday 21:30")
    assert wizard.flush()

    expected = yesterday_at(21, 30)
    assert stored_when(session, code) == expected
    assert field.time.echo.text() == f"Read as {long_form(expected, ZURICH, now())}"
    assert field.line.text() == "yesterday 21:30"  # what was typed stays as typed


def test_30_nov_2026_2130_is_read_and_saved_not_reverted(qtbot, session: Session, on_gather) -> None:
    code, wizard, field = on_gather()
    typed_into(qtbot, wizard, field, "30 Nov 2026 21:30")
    assert wizard.flush()
    assert stored_when(session, code) == datetime(2026, 11, 30, 21, 30, tzinfo=ZURICH)
    assert "Monday 30 November" in field.time.echo.text()


def test_what_cannot_be_read_stays_as_typed_says_why_and_saves_nothing(
    qtbot, session: Session, on_gather
) -> None:
    code, wizard, field = on_gather(stored=yesterday_at(20, 15).isoformat())
    typed_into(qtbot, wizard, field, "Not given0Nov202621:30")
    assert wizard.flush()

    assert field.line.text() == "Not given0Nov202621:30"
    assert field.time.echo.text().startswith("Cannot read this") and "21:30" in field.time.echo.text()
    assert "Cannot read" in field.line.accessibleDescription()
    assert stored_when(session, code) == yesterday_at(20, 15)


def test_a_stored_time_is_shown_in_the_long_form_which_reads_back_unchanged(
    qtbot, session: Session, on_gather
) -> None:
    code, wizard, field = on_gather(stored="2025-06-14T23:05:00+02:00")
    assert field.line.text() == "Saturday 14 June 2025, 23:05"
    field.line.setFocus()
    Keyboard(qtbot, wizard).press(Qt.Key.Key_End)
    Keyboard(qtbot, wizard).type(" ")
    assert field.time.echo.text() == "Read as Saturday 14 June 2025, 23:05"
    assert wizard.flush()
    assert stored_when(session, code) == datetime(2025, 6, 14, 23, 5, tzinfo=ZURICH)


def test_now_then_undo_then_clear(qtbot, session: Session, on_gather) -> None:
    code, wizard, field = on_gather()
    typed_into(qtbot, wizard, field, "yesterday 9:05")
    field.time.now_button.click()
    assert wizard.flush()
    saved = stored_when(session, code)
    assert saved is not None and abs(saved - now()) < timedelta(minutes=1)

    field.line.setFocus()
    Keyboard(qtbot, wizard).press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.line.text() == "yesterday 9:05"
    assert wizard.flush()
    assert stored_when(session, code) == yesterday_at(9, 5)

    field.time.clear_button.click()
    assert wizard.flush()
    assert stored_when(session, code) is None and field.time.echo.text() == "Not given"


def test_the_calendar_opens_by_alt_down_and_a_day_picked_by_keys_keeps_the_time(
    qtbot, session: Session, on_gather
) -> None:
    code, wizard, field = on_gather(stored=yesterday_at(21, 30).isoformat())
    keys = Keyboard(qtbot, wizard)
    field.line.setFocus()
    keys.press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.time.popup
    assert popup is not None and popup.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not None and popup.isAncestorOf(focused)
    assert field.time.calendar_button.accessibleName() == "When it happened: calendar"
    assert popup.calendar.accessibleName() == "When it happened: pick a day"
    popup.calendar.setFocus()
    keys.press(Qt.Key.Key_Left)  # the day before
    keys.press(Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert wizard.flush()
    assert stored_when(session, code) == yesterday_at(21, 30) - timedelta(days=1)


def test_the_calendar_on_an_empty_field_gives_the_day_and_asks_for_the_time(
    qtbot, session: Session, on_gather
) -> None:
    code, wizard, field = on_gather()
    field.time.calendar_button.click()
    assert field.time.popup is not None
    field.time.pick_day(yesterday_at(0, 0).date())
    assert "Add the time of day" in field.time.echo.text()
    Keyboard(qtbot, wizard).type("21:30")
    assert wizard.flush()
    assert stored_when(session, code) == yesterday_at(21, 30)


def test_the_done_time_of_an_action_is_now_when_ticked_and_can_be_corrected_later(
    qtbot, session: Session
) -> None:
    case = session.desk.take_report(title="Remarks at the bar", received_at=now() - timedelta(days=2))
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    actions = part_of(wizard, "act", ActionsEditor)
    row = actions.rows[0]
    assert not row.when.isVisible()
    row.text.text.setPlainText("王伟 escorted out by venue security")
    row.done.setChecked(True)
    assert row.when.isVisible()
    assert wizard.flush()
    (action,) = session.desk.case(case.code).actions
    assert action.done_at is not None and abs(action.done_at - now()) < timedelta(minutes=1)

    keys = Keyboard(qtbot, wizard)
    row.when.line.setFocus()
    row.when.line.selectAll()
    keys.press(Qt.Key.Key_Delete)
    keys.type("yesterday 22:40")
    assert wizard.flush()
    stored = session.desk.case(case.code)
    assert stored.actions[0].done_at == yesterday_at(22, 40)
    assert stored.timeline[-1].what == "Changed when an action was done"
    assert row.when.echo.text() == f"Read as {long_form(yesterday_at(22, 40), ZURICH, now())}"


def test_a_done_time_later_than_now_or_before_the_report_is_refused_and_not_saved(
    qtbot, session: Session
) -> None:
    case = session.desk.take_report(received_at=now() - timedelta(hours=1))
    action = session.desk.add_action(case.id, text="Talk to Зоя", owner="")
    session.desk.action_done(case.id, action.id, now())
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    row = part_of(wizard, "act", ActionsEditor).rows[0]
    before = session.desk.case(case.code).actions[0].done_at
    keys = Keyboard(qtbot, wizard)
    for typed, says in (("today 23:59", "later than now"), ("yesterday 9:00", "before the report")):
        row.when.line.setFocus()
        row.when.line.selectAll()
        keys.press(Qt.Key.Key_Delete)
        keys.type(typed)
        if says == "later than now" and datetime.now(ZURICH).hour >= 23:
            continue
        assert says in row.when.echo.text() and row.when.line.text() == typed
    assert wizard.flush()
    assert session.desk.case(case.code).actions[0].done_at == before


def test_f4_opens_the_calendar_and_esc_closes_it_changing_nothing(qtbot, session: Session, on_gather) -> None:
    code, wizard, field = on_gather(stored=yesterday_at(21, 30).isoformat())
    keys = Keyboard(qtbot, wizard)
    field.line.setFocus()
    keys.press(Qt.Key.Key_F4)
    popup = field.time.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setFocus()
    keys.press(Qt.Key.Key_Left)
    keys.press(Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert wizard.flush()
    assert stored_when(session, code) == yesterday_at(21, 30)


def test_tab_goes_from_done_to_its_time_and_the_keyboard_alone_corrects_it(qtbot, session: Session) -> None:
    case = session.desk.take_report(received_at=now() - timedelta(days=2))
    action = session.desk.add_action(case.id, text="Łucja walked him to the exit")
    session.desk.action_done(case.id, action.id, now())
    wizard = show_wizard(qtbot, session, case.code, step_id="act")
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("Action 1: done")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.accessibleName() == "Action 1: done at"
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("yesterday 22:40")
    assert wizard.flush()
    assert session.desk.case(case.code).actions[0].done_at == yesterday_at(22, 40)
