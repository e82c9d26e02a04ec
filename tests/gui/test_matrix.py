"""The shared matrix widget: the procedure's words in each quadrant, and choosing one by keyboard or mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton

from cocdesk.domain import Level
from cocdesk.gui.matrix import MatrixWidget, QuadrantCell
from cocdesk.gui.wizard.part_placement import PlacementEditor
from cocdesk.procedure import default_procedure
from tests.gui.wizard_support import desk_vault, open_as, part_of, show_wizard
from tests.station_vaults import LEAD

LOW, HIGH = Level.LOW, Level.HIGH


def choice(cell: QuadrantCell) -> QRadioButton:
    """The quadrant's radio button: what the keyboard and a screen reader reach."""
    assert cell.choice is not None and cell.focusProxy() is cell.choice
    return cell.choice


def words(widget) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def test_each_quadrant_shows_the_procedures_example_and_response(qtbot) -> None:
    matrix = default_procedure().matrix
    widget = MatrixWidget(matrix)
    qtbot.addWidget(widget)
    for quadrant, example, response in [
        ((LOW, LOW), "inappropriate joke made in private", "verbal warning"),
        ((HIGH, LOW), "attendee with previous arrest or assault", "take notes, follow up later"),
        ((LOW, HIGH), "inappropriate jokes", "public apology, remove person from event"),
        ((HIGH, HIGH), "persistent coordinated harassment", "coordinated whole-team response"),
    ]:
        shown = words(widget.cell(*quadrant))
        assert example in shown and response in shown


def test_the_words_come_from_the_procedure_file(qtbot) -> None:
    matrix = default_procedure().matrix
    quadrants = [
        q.model_copy(update={"response": f"Reakcja {q.risk.value}/{q.impact.value}", "example": "Łódź 李"})
        for q in matrix.quadrants
    ]
    risk = matrix.risk.model_copy(update={"high": "Wysokie ryzyko"})
    widget = MatrixWidget(matrix.model_copy(update={"quadrants": quadrants, "risk": risk}))
    qtbot.addWidget(widget)
    assert "Reakcja high/low" in words(widget.cell(HIGH, LOW))
    assert "verbal warning" not in words(widget)
    assert "Wysokie ryzyko" in [label.text() for label in widget.axis_labels]


def test_the_picker_moves_with_the_arrow_keys_and_chooses_with_space(qtbot) -> None:
    widget = MatrixWidget(default_procedure().matrix, picker=True)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.cell(LOW, LOW).setFocus()
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Down)
    assert widget.focusWidget() is widget.cell(HIGH, HIGH).focusProxy() and widget.chosen() is None
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Right)  # the edge holds
    assert widget.focusWidget() is widget.cell(HIGH, HIGH).focusProxy() and widget.chosen() is None
    with qtbot.waitSignal(widget.quadrantChosen) as chosen:
        qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Space)
    assert chosen.args == [HIGH, HIGH] and widget.chosen() == (HIGH, HIGH)
    assert widget.cell(HIGH, HIGH).badge.isVisibleTo(widget)
    assert widget.cell(HIGH, HIGH).accessibleDescription().startswith("Chosen.")


def test_a_click_chooses_and_the_choice_can_be_cleared(qtbot) -> None:
    widget = MatrixWidget(default_procedure().matrix, picker=True)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.quadrantChosen) as chosen:
        qtbot.mouseClick(widget.cell(LOW, HIGH), Qt.MouseButton.LeftButton)
    assert chosen.args == [LOW, HIGH]
    widget.clear_choice()
    assert widget.chosen() is None and not widget.cell(LOW, HIGH).badge.isVisibleTo(widget)


def test_without_picker_a_click_chooses_nothing_and_held_widgets_sit_in_their_quadrant(qtbot) -> None:
    widget = MatrixWidget(default_procedure().matrix)
    qtbot.addWidget(widget)
    held = QLabel("ABC-123")
    widget.hold(HIGH, LOW, held)
    widget.show()
    with qtbot.assertNotEmitted(widget.quadrantChosen):
        qtbot.mouseClick(widget.cell(HIGH, LOW), Qt.MouseButton.LeftButton)
    assert widget.cell(HIGH, LOW).isAncestorOf(held)
    widget.mark((HIGH, LOW))
    assert widget.cell(HIGH, LOW).property("marked") and not widget.cell(LOW, LOW).property("marked")


def test_a_screen_reader_chooses_a_quadrant_on_the_assess_step_and_hears_it_chosen(qtbot, tmp_path) -> None:
    """Each quadrant is a radio button to assistive technology: its Toggle chooses the quadrant (the
    same choice a click or Space makes) and its state says which one is chosen."""
    session = open_as(desk_vault(tmp_path), LEAD)
    code = session.desk.take_report(title="Zoë's talk, Q&A with 李").code
    wizard = show_wizard(qtbot, session, code, step_id="assess")
    editor = part_of(wizard, "assess", PlacementEditor)
    cell = editor.matrix.cell(HIGH, LOW)
    radio = QAccessible.queryAccessibleInterface(choice(cell))
    assert radio.role() == QAccessible.Role.RadioButton
    assert radio.text(QAccessible.Text.Name).startswith("High risk, low impact")
    assert radio.state().checkable and not radio.state().checked
    toggle = QAccessibleActionInterface.toggleAction()
    assert toggle in radio.actionInterface().actionNames()
    radio.actionInterface().doAction(toggle)
    QApplication.processEvents()
    assert editor.matrix.chosen() == (HIGH, LOW) and cell.badge.isVisibleTo(editor)
    assert QAccessible.queryAccessibleInterface(choice(cell)).state().checked
    others = [c for q, c in editor.matrix.cells.items() if q != (HIGH, LOW)]
    assert not any(QAccessible.queryAccessibleInterface(choice(c)).state().checked for c in others)
    # and it places the case as the keyboard's choice does
    editor.reason.setText("Łukasz saw it twice; Зоя confirms")
    editor.place_button.click()
    placement = session.desk.case(code).placement
    assert placement is not None and (placement.risk, placement.impact) == (HIGH, LOW)
    session.close()
