"""The procedure is the event's own data, and conferences write "Q&A": an "&" in a checklist item or a
choice is shown as written, never taken as an underlined letter that would vanish from the words and
steal Alt+A from the wizard's own "&Add an action"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QVBoxLayout, QWidget

from cocdesk.gui.wizard.common import WrappingCheck
from cocdesk.gui.wizard.field_choice import MultiChoiceField
from tests.gui.test_mnemonics import letter, own_text


def test_a_checklist_item_with_an_ampersand_reads_as_written_and_takes_no_alt_key(qtbot, app) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    row = WrappingCheck("Ask Łukasz whether it happened at the Q&A session *")  # as checklist.py builds it
    add = QPushButton("&Add an action")
    layout.addWidget(row)
    layout.addWidget(add)
    window.show()
    add.setFocus()
    QApplication.processEvents()
    assert letter(own_text(row.label)) is None, f"{row.label.text()!r} underlines a letter"
    assert row.text() == "Ask Łukasz whether it happened at the Q&A session *"
    qtbot.keyClick(add, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is not row.box, "Alt+A went to the checklist item"
    assert not row.box.isChecked()


def test_a_choice_with_an_ampersand_reads_as_written_and_is_saved_as_written(qtbot, app) -> None:
    field = MultiChoiceField("Where", ["Talk", "Q&A", "Зоя & 李's hallway"])
    qtbot.addWidget(field)
    boxes = field.findChildren(QCheckBox)
    assert [letter(box.text()) for box in boxes] == [None, None, None]
    boxes[1].setChecked(True)
    boxes[2].setChecked(True)
    assert field.value() == ["Q&A", "Зоя & 李's hallway"]
    field.set_value(["Q&A"])
    assert [box.isChecked() for box in boxes] == [False, True, False]
