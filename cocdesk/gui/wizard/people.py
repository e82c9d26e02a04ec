"""The people of a case, one party at a time: name, description for when the name is unknown, contact.

They are kept in ``Case.people``, apart from the answers, so that every view and export can leave
them out. Seen by a member who may not change the report (the Event Lead), they are read-only and
never saved back.
"""

from __future__ import annotations

from uuid import UUID, uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cocdesk.desk import Act
from cocdesk.domain import Case, Party, Person
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.person_panel import PersonPanel
from cocdesk.gui.wizard.common import keep_tab_order, name_it
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.open_case import OpenCase


class PersonEditor(QFrame):
    sig_edited = Signal()
    sig_removed = Signal(object)

    def __init__(self, party: Party, person_id: UUID, title: str, removable: bool) -> None:
        super().__init__()
        self.party, self.person_id = party, person_id
        self._loading = False  # showing the stored person is not an edit
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = self._line(f"{title}: name")
        self.description = LongTextField(f"{title}: description", lines=2)
        self.description.sig_edited.connect(self.sig_edited)
        self.contact = self._line(f"{title}: contact")
        self.name.setPlaceholderText("Leave empty if not known")
        self.description.text.setPlaceholderText(
            "If the name is not known: appearance, clothing, badge, role, where they were"
        )
        self.contact.setPlaceholderText("Phone, email or handle, if they want to be contacted")
        form = QFormLayout(self)
        form.addRow("Name", self.name)
        form.addRow("Description", self.description)
        form.addRow("Contact", self.contact)
        if removable:
            remove = QPushButton("Remove")
            name_it(remove, f"{title}: remove")
            remove.clicked.connect(lambda: self.sig_removed.emit(self))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(remove)
            form.addRow(row)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(SHORT_TEXT_MAX)
        name_it(line, name)
        line.textChanged.connect(self._changed)  # typed, pasted or set by assistive technology
        return line

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def person(self) -> Person | None:
        """The person as typed, or None while there is neither a name nor a description."""
        name, description = self.name.text().strip(), str(self.description.value()).strip()
        if not name and not description:
            return None
        return Person(
            id=self.person_id,
            party=self.party,
            name=name,
            description=description,
            contact=self.contact.text(),
        )

    def show_person(self, person: Person) -> None:
        self._loading = True
        try:
            if self.name.text().strip() != person.name:
                self.name.setText(person.name)
            self.description.show_value(person.description)
            if self.contact.text().strip() != person.contact:
                self.contact.setText(person.contact)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.name, self.contact):
            line.setReadOnly(read_only)
        self.description.set_read_only(read_only)


class PeopleEditor(QWidget):
    """Every person of one party; ``single`` for a question about one person (the reporter)."""

    def __init__(self, open_case: OpenCase, party: Party, label: str, single: bool) -> None:
        super().__init__()
        self.open_case, self.party, self.label, self.single = open_case, party, label, single
        self.editors: list[PersonEditor] = []
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        self.add_button = QPushButton(
            f"+ Add {party.label.lower()}"
        )  # sized to its words: a button, not a box
        name_it(self.add_button, f"{label}: add {party.label.lower()}")
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.setVisible(not single)
        self.matches: PersonPanel | None = None
        if party == Party.REPORTED:  # the same person in other reports, as soon as they are written
            self.matches = PersonPanel(open_case.session, hold_controls=False, mnemonics=False)
            layout.addWidget(self.matches)
        self.load(open_case.case)

    def load(self, case: Case) -> None:
        people = case.parties(self.party)
        if self.single and not people and not self.editors:
            self._add(uuid4())
        shown = {editor.person_id: editor for editor in self.editors}
        for person in people:
            editor = shown.get(person.id) or self._add(person.id)
            editor.show_person(person)
        read_only = not self.open_case.may(Act.EDIT_REPORT)
        self.add_button.setEnabled(not read_only)
        for editor in self.editors:
            editor.set_read_only(read_only)
        if self.matches is not None:
            self.matches.show_for(case, self.open_case.zone)

    def _title(self, index: int) -> str:
        return self.party.label if self.single else f"{self.party.label} {index + 1}"

    def _add(self, person_id: UUID) -> PersonEditor:
        editor = PersonEditor(self.party, person_id, self._title(len(self.editors)), not self.single)
        editor.sig_edited.connect(self._save)
        editor.sig_removed.connect(self._remove)
        self.rows.addWidget(editor)
        self.editors.append(editor)
        editor.show()  # at once, not when the event loop next runs: the keyboard may already be on it
        keep_tab_order(self)
        return editor

    def _add_clicked(self) -> None:
        self._add(uuid4()).name.setFocus()

    def _remove(self, editor: PersonEditor) -> None:
        self.editors.remove(editor)
        editor.deleteLater()
        self._save(at_once=True)
        self.add_button.setFocus()

    def _save(self, at_once: bool = False) -> None:
        if not self.open_case.may(Act.EDIT_REPORT):
            return
        mine = [p for p in (editor.person() for editor in self.editors) if p is not None]

        def people(case: Case) -> list[Person]:
            return [p for p in case.people if p.party != self.party] + mine

        what = f"Changed the {self.party.label.lower()} details"
        self.open_case.part(f"people:{self.party.value}", "people", people, what, at_once=at_once)
