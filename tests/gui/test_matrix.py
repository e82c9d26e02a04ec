"""The shared matrix widget: the procedure's words in each quadrant, and choosing one by keyboard or mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cocdesk.domain import Level
from cocdesk.gui.matrix import MatrixWidget
from cocdesk.procedure import default_procedure

LOW, HIGH = Level.LOW, Level.HIGH


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
    assert widget.focusWidget() is widget.cell(HIGH, HIGH)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Right)  # the edge holds
    assert widget.focusWidget() is widget.cell(HIGH, HIGH)
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
