"""What assistive technology does in the wizard is saved, as if done with the mouse or the keys.

A screen reader (Orca through AT-SPI) ticks a box with the box's accessible "Toggle" action, presses a
button with "Press" (a click played out a moment later) and writes a line through the editable text
interface; none of them is a mouse click or a key press. Every step of the wizard is walked that way:
each check box, radio button, button and line on it is used through its accessible interface, and the
change is found in the vault, read back through the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from cocdesk.domain import now
from cocdesk.domain.shown_time import long_form, minute
from cocdesk.gui.evidence import strip as evidence_strip
from cocdesk.gui.quadrant_cell import QuadrantCell
from cocdesk.gui.session import Session
from cocdesk.gui.time_edit import TimeEdit
from cocdesk.gui.wizard import WizardWidget, part_filing
from cocdesk.gui.wizard.part_meeting import MeetingEditor
from cocdesk.gui.wizard.part_placement import PlacementEditor
from tests.evidence_samples import PNG
from tests.gui.wizard_support import (
    SECURITY_PHONE,
    desk_vault,
    fields_of,
    open_as,
    open_desk,
    part_of,
    show_wizard,
)
from tests.station_vaults import LEAD, ZOYA

TOGGLE = QAccessibleActionInterface.toggleAction()
PRESS = QAccessibleActionInterface.pressAction()
SAVE_WAIT_MS = 3000  # a press is played out after 100 ms; typing is saved 400 ms after it starts

NOT_PRESSED = {
    "Print this step's paper form": "opens the print preview of a blank form: nothing of the case is"
    " saved (printing is driven in the paper tests)",
    "Print the announcement": "opens the print preview; the sheet is driven in the paper tests",
    "Previous step": "moves between steps, saves nothing: pressed once at the end of the walk",
    "Next step": "moves between steps, saves nothing: it is how this walk moves on",
    "Place the case here": "enabled once a quadrant is chosen and a reason written: pressed then",
    "Open the attachment full size": "opens the viewer, which saves nothing"
    " (tests/gui/test_evidence_strip.py)",
    "Remove the attachment and delete its file": "asks why in a dialog of its own; driven in"
    " tests/gui/test_evidence_strip.py",
    "calendar": "opens a day picker whose pick is a key press in the calendar; its save is driven in the"
    " time field's tests, and the time's line is written through its interface here",
}
"""Buttons this walk does not press on every step, and why."""
UNAVAILABLE = {
    "Approve the announcement": "only the Event Lead Organiser approves; the lead walks here",
    "Fill in the template again": "shown only once the draft was edited by hand and a blank changed",
}
"""Controls that stay disabled or hidden for the CoC team lead on this walk, and why."""
NOT_SAVED_ALONE = {
    "Include the names in the export": "an option of the export, read when it is made: nothing to store",
    "Why, in one line": "the reason is placed with the quadrant, by the Place button",
    "Action 1: done": "an action not yet written is ticked done with its words, saved once written",
}
"""Controls whose change is kept only with a later act, and that act."""
NOT_TICKED = {
    f"{LEAD} has a conflict of interest and stands aside": "the walker's own conflict: once ticked, only"
    " another member may clear it, and the lead walks on to decide (tests/gui/test_wizard_conflicts.py)",
}
"""Boxes this walk leaves alone, and why."""


def accessible(widget: QWidget) -> Any:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget.accessibleName()!r} has no accessible interface"
    return interface


def act(widget: QWidget, action: str) -> None:
    """Do what a screen reader does: the control's accessible action, by its name."""
    actions = accessible(widget).actionInterface()
    assert actions is not None and action in actions.actionNames(), (
        f"{widget.accessibleName()!r} offers {actions.actionNames() if actions else []}, not {action}"
    )
    actions.doAction(action)


def write(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the text as a screen reader's editable text interface does."""
    editable = accessible(widget).editableTextInterface()
    assert editable is not None, f"{widget.accessibleName()!r} cannot be written through its interface"
    old = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    editable.replaceText(0, len(old), text)


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")


class Walk:
    """The wizard of one case, and what the vault holds of it."""

    def __init__(self, qtbot: Any, session: Session, wizard: WizardWidget, code: str) -> None:
        self.qtbot, self.session, self.wizard, self.code = qtbot, session, wizard, code
        self.saved: list[str] = []

    def stored(self) -> Any:
        return self.session.desk.case(self.code)

    def entries(self) -> int:
        """The acts recorded on the case, one audit entry each (the timeline shows a run as one)."""
        connection = self.session.desk.vault._connection
        query = "SELECT count(*) FROM audit WHERE case_id = ?"
        return int(connection.execute(query, (str(self.wizard.open_case.case_id),)).fetchone()[0])

    def saves(self, what: str, do: Callable[[], None], *, once: bool = False) -> None:
        """``do`` is saved: a new entry in the case's record, and no second one for the same change."""
        before = self.entries()
        do()
        try:
            self.qtbot.waitUntil(lambda: self.entries() > before, timeout=SAVE_WAIT_MS)
        except Exception:
            raise AssertionError(f"{what}: not saved; saved before it: {self.saved}") from None
        self.wizard.flush()  # anything still queued would be a second save of the same change
        if once:
            assert self.entries() == before + 1, f"{what}: saved {self.entries() - before} times"
        self.saved.append(what)

    def page_controls(self, kinds: tuple[type[QWidget], ...]) -> list[QWidget]:
        page = self.wizard.pages[self.wizard.current_step]
        return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(page)]


def usable(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled()


def tick_everything(walk: Walk) -> None:
    """Every box toggled and every radio button chosen through the accessible Toggle action."""
    boxes = walk.page_controls((QCheckBox,)) + walk.page_controls((QRadioButton,))[::-1]
    for box in boxes:  # the radio buttons last and backwards: "Yes" is the answer left chosen
        name = name_of(box)
        if name in NOT_TICKED:
            continue
        if not usable(box):
            assert name in UNAVAILABLE, f"“{name}” could not be ticked, and no reason is given"
            continue
        if isinstance(box, QRadioButton) and box.isChecked():
            continue  # chosen already: choosing it again changes nothing
        if name in NOT_SAVED_ALONE or isinstance(box.parentWidget(), QuadrantCell):
            act(box, TOGGLE)  # a quadrant is placed with the reason, by the Place button (``place``)
            continue
        walk.saves(name, partial(act, box, TOGGLE), once=True)


def clear_conflicts(walk: Walk) -> None:
    """Ticked on the walk, every other member stood aside; the lead walking on must decide, so the boxes
    are unticked again (each untick saved too). A member who stands aside may not record a decision."""
    meeting = walk.wizard.pages["meeting"].part
    assert isinstance(meeting, MeetingEditor)
    for row in meeting.rows:
        if name_of(row.conflict) in NOT_TICKED:
            continue
        assert row.conflict.isChecked()
        walk.saves(name_of(row.conflict), partial(act, row.conflict, TOGGLE), once=True)
    assert meeting.meeting().voting == [row.name for row in meeting.rows]


def fill_every_line(walk: Walk, number: list[int]) -> None:
    """Every line and text box written through the editable text interface."""
    for line in walk.page_controls((QLineEdit, QPlainTextEdit)):
        assert isinstance(line, QLineEdit | QPlainTextEdit)
        holder = line.parentWidget()
        if not usable(line) or line.isReadOnly():
            continue
        if isinstance(holder, TimeEdit):
            walk.saves(name_of(line), partial(write, line, a_new_time(holder)))
            continue
        number[0] += 1
        text = f"Ελένη {number[0]}" if isinstance(line, QLineEdit) else f"Łukasz 李 Зоя, note {number[0]}"
        name = name_of(holder) if holder is not None and not line.accessibleName() else name_of(line)
        if name in NOT_SAVED_ALONE:
            write(line, text)
            continue
        walk.saves(name, partial(write, line, text))


def press_buttons(walk: Walk, tmp_path: Path) -> None:
    """Every button of the page pressed through the accessible Press action (an animated click)."""
    buttons = walk.page_controls((QPushButton,))
    adds = [b for b in buttons if is_add(b)]
    others = [b for b in buttons if not is_add(b) and not name_of(b).endswith("remove")]
    for button in adds:
        rows_before = len(walk.page_controls((QLineEdit, QPlainTextEdit)))
        act(button, PRESS)  # a new empty row: nothing to save until something is written in it
        walk.qtbot.waitUntil(lambda rb=rows_before: len(walk.page_controls((QLineEdit, QPlainTextEdit))) > rb)
    for button in others:
        name = name_of(button)
        if name in NOT_PRESSED:
            continue
        if not usable(button):
            assert name in UNAVAILABLE, f"“{name}” could not be pressed, and no reason is given"
            continue
        if name.endswith((": now", ": clear", ": calendar")):
            continue  # the time's buttons: Now and Clear are pressed as a pair below
        walk.saves(name, partial(act, button, PRESS))


def is_add(button: QWidget) -> bool:
    name = name_of(button).casefold()
    return name.startswith("add ") or ": add " in name


def a_new_time(edit: TimeEdit) -> str:
    """A time that reads, is allowed (not ahead, not before the report) and differs from the shown one."""
    this_minute = minute(now())
    if edit.moment() != this_minute:
        return "now"
    return long_form(this_minute + timedelta(minutes=1), edit.zone, now())


def press_time_buttons(walk: Walk) -> None:
    """Each time's Clear then Now (Now alone where a time cannot be left blank), each saved."""
    for edit in walk.page_controls((TimeEdit,)):
        assert isinstance(edit, TimeEdit)
        if not usable(edit.now_button):
            continue
        if usable(edit.clear_button):
            walk.saves(name_of(edit.clear_button), partial(act, edit.clear_button, PRESS))
        if edit.moment() == minute(now()):
            continue  # Now would change nothing: written with now just before, or a time the answer needs
        walk.saves(name_of(edit.now_button), partial(act, edit.now_button, PRESS))


def remove_rows(walk: Walk) -> None:
    for button in [b for b in walk.page_controls((QPushButton,)) if name_of(b).endswith("remove")]:
        if usable(button):
            walk.saves(name_of(button), partial(act, button, PRESS), once=True)


def place(walk: Walk) -> None:
    """A quadrant is chosen by its radio button's Toggle; Place is then pressed."""
    editor = walk.wizard.pages["assess"].part
    assert isinstance(editor, PlacementEditor)
    cell = next(iter(editor.matrix.cells.values()))
    assert cell.choice is not None
    act(cell.choice, TOGGLE)
    assert editor.matrix.chosen() == cell.quadrant
    walk.saves("Place the case here", lambda: act(editor.place_button, PRESS), once=True)


@pytest.fixture
def answered_export(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The export's save dialog, answered with a path."""
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(part_filing, "choose_export_path", lambda parent, suggested: str(target))
    return target


def test_every_control_on_every_step_saves_what_assistive_technology_does(
    qtbot, tmp_path: Path, answered_export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = tmp_path / "Łukasz-chat.png"  # what the file chooser gives when Attach file… is pressed
    sample.write_bytes(PNG)
    monkeypatch.setattr(evidence_strip, "choose_files", lambda parent: [str(sample)])
    path = desk_vault(tmp_path)
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="safety")
    walk = Walk(qtbot, session, wizard, case.code)
    counter = [0]
    for step in session.desk.procedure.steps:
        if wizard.current_step != step.id:
            act(wizard.footer.next_button, PRESS)
            qtbot.waitUntil(lambda step=step: wizard.current_step == step.id)
        tick_everything(walk)
        if step.id == "meeting":
            clear_conflicts(walk)
        QGuiApplication.clipboard().setImage(QImage.fromData(PNG))  # for Paste image from clipboard
        press_buttons(walk, tmp_path)
        fill_every_line(walk, counter)
        if step.id == "assess":
            place(walk)
        press_time_buttons(walk)
        remove_rows(walk)
    act(wizard.footer.back_button, PRESS)
    qtbot.waitUntil(lambda: wizard.current_step != "announce")
    assert len(walk.saved) > 60, walk.saved
    wizard.close()
    before = walk.entries()
    walk.wizard = again = show_wizard(qtbot, session, case.code, step_id="safety")
    for step in session.desk.procedure.steps:  # showing every answer saved is not an edit
        again.go(step.id)
        again.flush()
    assert walk.entries() == before
    again.close()
    last = walk.stored()
    session.close()
    with open_desk(path) as desk:  # what reached the file, read by a desk of its own
        reread = desk.case(case.code)
    assert reread == last
    assert answered_export.exists()


def test_the_three_reported_controls_keep_what_a_screen_reader_changed(qtbot, tmp_path: Path) -> None:
    """Present at the meeting counts as deciding; the conflicts tick survives the next edit; "Yes" to
    danger brings the crisis contacts. Each read back from the file by a desk of its own."""
    path = desk_vault(tmp_path)
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="meeting")
    walk = Walk(qtbot, session, wizard, case.code)
    meeting = part_of(wizard, "meeting", MeetingEditor)
    for row in meeting.rows:
        walk.saves(row.name, partial(act, row.present, TOGGLE), once=True)
    assert meeting.team_size.text().startswith("2 deciding")
    declared = wizard.pages["meeting"].checklist.boxes["conflicts_declared"]  # type: ignore[union-attr]
    walk.saves("conflicts declared", lambda: act(declared, PRESS), once=True)  # an animated click
    walk.saves("others present", lambda: write(meeting.others, "Ελένη Παπαδοπούλου"))
    assert declared.isChecked()
    assert meeting.team_size.text().startswith("3 deciding")
    wizard.go("safety")
    danger = fields_of(wizard, "safety").editor("in_danger")
    walk.saves("in danger", lambda: act(danger.yes, TOGGLE), once=True)  # type: ignore[attr-defined]
    panel = wizard.pages["safety"].danger
    assert panel is not None and panel.isVisible()
    assert SECURITY_PHONE in "\n".join(label.text() for label in panel.findChildren(QLabel))
    wizard.close()
    session.close()
    with open_desk(path) as desk:
        stored = desk.case(case.code)
    assert stored.meeting.voting == [LEAD, ZOYA, "Ελένη Παπαδοπούλου"]
    assert "conflicts_declared" in stored.steps["meeting"].checked
    assert stored.steps["safety"].values["in_danger"] is True


def test_the_case_title_and_paper_number_keep_what_a_screen_reader_wrote(qtbot, tmp_path: Path) -> None:
    path = desk_vault(tmp_path)
    session = open_as(path, LEAD)
    case = session.desk.take_report()
    wizard = show_wizard(qtbot, session, case.code, step_id="safety")
    walk = Walk(qtbot, session, wizard, case.code)
    walk.saves("case title", lambda: write(wizard.header.title, "Remarks at the Łódź social"))
    wizard.header.reference.setVisible(True)
    walk.saves("paper number", lambda: write(wizard.header.reference, "P-李-7"))
    wizard.close()
    session.close()
    with open_desk(path) as desk:
        stored = desk.case(case.code)
    assert (stored.title, stored.paper_reference) == ("Remarks at the Łódź social", "P-李-7")
