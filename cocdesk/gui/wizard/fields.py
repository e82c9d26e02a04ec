"""A step's questions in the procedure's order (the paper form's order), each with its own editor."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cocdesk.desk import Act, Read
from cocdesk.domain import Case, now
from cocdesk.gui.wizard.common import FieldEditor, note, scaled_font
from cocdesk.gui.wizard.field_choice import ChoiceField, MultiChoiceField, YesNoField
from cocdesk.gui.wizard.field_text import LongTextField, NumberField, ShortTextField
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.gui.wizard.people import PeopleEditor
from cocdesk.procedure import FieldKind, FieldSpec, Step

TYPED = (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT, FieldKind.NUMBER, FieldKind.DATETIME)
"""Kinds saved shortly after typing stops; a choice or a yes/no is saved at once."""
WITHHELD = "Withheld: this may identify someone."


def editor_for(spec: FieldSpec, zone: tzinfo) -> FieldEditor:
    kind = spec.kind
    if kind == FieldKind.SHORT_TEXT:
        return ShortTextField(spec.label)
    if kind == FieldKind.LONG_TEXT:
        return LongTextField(spec.label)
    if kind == FieldKind.NUMBER:
        return NumberField(spec.label)
    if kind == FieldKind.CHOICE:
        return ChoiceField(spec.label, spec.choices)
    if kind == FieldKind.MULTI_CHOICE:
        return MultiChoiceField(spec.label, spec.choices)
    if kind == FieldKind.YES_NO:
        return YesNoField(spec.label)
    if kind == FieldKind.DATETIME:
        return DateTimeField(spec.label, zone, check=lambda moment: spec.time_problem(moment, zone, now()))
    raise ValueError(f"'{spec.label}' records people: it has a people editor, not a field editor")


class FieldsSection(QWidget):
    def __init__(self, open_case: OpenCase, step: Step) -> None:
        super().__init__()
        self.open_case, self.step = open_case, step
        self.editors: dict[str, FieldEditor] = {}
        self.echoes: dict[str, NameEcho] = {}  # under each free-text answer: the names typed in it
        self.people: list[PeopleEditor] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for spec in step.fields:
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setWordWrap(True)
            label.setFont(scaled_font(label, 1.0, bold=True))
            layout.addSpacing(8)
            layout.addWidget(label)
            if spec.help:
                layout.addWidget(note(spec.help))
            widget = self._editor(spec)
            layout.addWidget(widget)
            if isinstance(widget, ShortTextField | LongTextField):
                echo = NameEcho(open_case, widget.line if isinstance(widget, ShortTextField) else widget.text)
                self.echoes[spec.id] = echo
                layout.addWidget(echo)
        self.load(open_case.case)

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.party is not None:
            people = PeopleEditor(self.open_case, spec.party, spec.label, spec.kind == FieldKind.PERSON)
            self.people.append(people)
            return people
        if spec.identifying and not self.open_case.may(Read.IDENTITY):
            return note(WITHHELD)
        editor = editor_for(spec, self.open_case.zone)
        if spec.required:
            editor.setAccessibleDescription("Required")
        editor.sig_edited.connect(lambda spec=spec, editor=editor: self._edited(spec, editor))
        self.editors[spec.id] = editor
        return editor

    def _edited(self, spec: FieldSpec, editor: FieldEditor) -> None:
        if not self.open_case.may(Act.EDIT_REPORT):
            return
        at_once = spec.kind not in TYPED
        self.open_case.answer(self.step.id, spec.id, editor.value(), at_once=at_once)

    def load(self, case: Case) -> None:
        record = case.steps.get(self.step.id)
        values = record.values if record else {}
        read_only = not self.open_case.may(Act.EDIT_REPORT)
        for field_id, editor in self.editors.items():
            editor.show_value(values.get(field_id))
            editor.set_read_only(read_only)
        for people in self.people:
            people.load(case)

    def editor(self, field_id: str) -> FieldEditor:
        return self.editors[field_id]
