"""The team meeting: who is present, who stands aside for a conflict of interest, and the odd-team rule.

A member the case names (as reporter, witness or reported person) is flagged beside their name, in
words the reader's role may read, and stands aside unless the team unticks it (a namesake): the desk
finds them and keeps them out of the decision.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from cocdesk.desk import Act, Desk, FlagShown
from cocdesk.domain import Case, Conflict, Meeting
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.flow.requirements import ODD_TEAM_SIZES
from cocdesk.gui.person_panel import pattern, pattern_text
from cocdesk.gui.wizard.common import literal, name_it, note
from cocdesk.gui.wizard.field_time import DateTimeField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase

FLAG_STYLE = "background: #fff4ce; color: #3d2e00; padding: 4px; border-radius: 4px;"


OWN_CONFLICT = "You stand aside from this case: another team member records it if you stay."


class MemberRow:
    def __init__(self, open_case: OpenCase, name: str) -> None:
        self.name = name
        self.present = QCheckBox(literal(name))
        name_it(self.present, f"{name} is present")
        self.conflict = QCheckBox("Conflict of interest: stands aside")
        name_it(self.conflict, f"{name} has a conflict of interest and stands aside")
        self.note = QLineEdit()
        self.note.setMaxLength(SHORT_TEXT_MAX)
        self.note.setPlaceholderText("The conflict, in a few words")
        name_it(self.note, f"{name}'s conflict of interest")
        self.echo = NameEcho(open_case, self.note)  # a name typed in the note, as it will read
        self.flag = QLabel()
        self.flag.setObjectName("conflict_flag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet(FLAG_STYLE)
        self.flag.hide()
        self.flagged: FlagShown | None = None

    def show_flag(self, flag: FlagShown | None) -> None:
        self.flagged = flag
        self.flag.setVisible(flag is not None)
        if flag is None:
            return
        said = flag.reason[:1].upper() + flag.reason[1:]
        if flag.stands_aside:
            text = f"⚠ {self.name}: {said}. Stands aside from this case and does not decide."
        else:
            text = f"⚠ {self.name}: {said}. The team cleared them to decide (untick only for a namesake)."
        self.flag.setText(text)
        name_it(self.flag, f"Conflict of interest: {text}")


class MeetingEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self._loading = False
        team = open_case.team()
        self.when = DateTimeField("When the team met", open_case.zone)
        self.when.sig_edited.connect(self._save)
        self.rows = [MemberRow(open_case, name) for name in team]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, row in enumerate(self.rows):
            grid.addWidget(row.present, 3 * index, 0)
            grid.addWidget(row.conflict, 3 * index, 1)
            grid.addWidget(row.note, 3 * index, 2)
            grid.addWidget(row.flag, 3 * index + 1, 0, 1, 3)
            grid.addWidget(row.echo, 3 * index + 2, 1, 1, 2)
            for box in (row.present, row.conflict):
                box.toggled.connect(self._toggled)
            row.note.textChanged.connect(self._typed)
        self.others = QLineEdit()
        self.others.setMaxLength(SHORT_TEXT_MAX)
        self.others.setPlaceholderText("Names, separated by commas")
        name_it(self.others, "Others present")
        self.others.textChanged.connect(self._typed)
        self.team_size = QLabel()
        self.team_size.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(SHORT_TEXT_MAX)
        name_it(self.reason, "Why the team is not 3 or 5")
        self.reason.textChanged.connect(self._typed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.also = QLabel()  # the reported person in other reports, by code: a pattern to weigh
        self.also.setWordWrap(True)
        self.also.setObjectName("also_reported")
        form.addRow(self.also)
        form.addRow("When", self.when)
        form.addRow(QLabel("Present, and conflicts of interest declared"))
        form.addRow(grid)
        form.addRow("Others present", self.others)
        form.addRow(self.team_size)
        form.addRow("If not 3 or 5, why", self.reason)
        self.reason_echo = NameEcho(open_case, self.reason)
        form.addRow("", self.reason_echo)
        form.addRow(note("Ask everyone to declare any conflict of interest before anything else."))
        self.load(open_case.case)

    def meeting(self) -> Meeting:
        present = [row.name for row in self.rows if row.present.isChecked()]
        present += [name.strip() for name in self.others.text().split(",") if name.strip()]
        conflicts = [  # a flagged member left unticked is one the team cleared: recorded as staying
            Conflict(member=row.name, note=row.note.text(), recused=row.conflict.isChecked())
            for row in self.rows
            if row.present.isChecked() and (row.conflict.isChecked() or row.flagged is not None)
        ]
        return Meeting(
            at=self.when.moment(), present=present, size_reason=self.reason.text(), conflicts=conflicts
        )

    def _toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._save(at_once=True)

    def _typed(self, _text: str) -> None:
        if not self._loading:
            self._save()

    def _save(self, at_once: bool = False) -> None:
        if not self.open_case.may(Act.MEET):
            return
        meeting = self.meeting()
        self.open_case.part(
            "meeting", "meeting", lambda _case: meeting, "Recorded the team meeting", at_once=at_once
        )
        self._show_size(meeting)

    def _show_size(self, meeting: Meeting) -> None:
        deciding = len(meeting.voting)
        if deciding in ODD_TEAM_SIZES:
            self.team_size.setText(f"{deciding} deciding: an odd number, as the procedure asks.")
        else:
            self.team_size.setText(
                f"{deciding} deciding: the procedure asks for 3 or 5 in total. Add members or say why."
            )

    def load(self, case: Case) -> None:
        also = pattern_text(*pattern(self.open_case.session, case.id))
        self.also.setText(f"The reported person: {also}." if also else "")
        self.also.setAccessibleName(self.also.text())
        self.also.setVisible(bool(also))
        meeting = case.meeting
        self.when.show_value(meeting.at.isoformat() if meeting.at else None)
        recorded = {c.member: c for c in meeting.conflicts}
        none: list[FlagShown] = []
        flags = {flag.member: flag for flag in self.open_case.session.read(self._flags, none)}
        names = {row.name for row in self.rows}
        refusal = self.open_case.why_not(Act.MEET)
        others = ", ".join(name for name in meeting.present if name not in names)
        self._loading = True
        try:
            for row in self.rows:
                row.show_flag(flags.get(row.name))
                stored = recorded.get(row.name)
                row.present.setChecked(row.name in meeting.present)
                aside = stored.recused if stored is not None else row.name in flags  # flagged: aside
                row.conflict.setChecked(aside)
                shown = stored.note if stored is not None else row.note.text().strip()
                if row.note.text().strip() != shown:
                    row.note.setText(shown)
            if ", ".join(n.strip() for n in self.others.text().split(",") if n.strip()) != others:
                self.others.setText(others)
            if self.reason.text().strip() != meeting.size_reason:
                self.reason.setText(meeting.size_reason)
        finally:
            self._loading = False
        me = self.open_case.member.name
        for row in self.rows:
            own_aside = row.name == me and row.conflict.isChecked()  # the desk refuses clearing oneself
            row.present.setEnabled(not refusal)
            row.conflict.setEnabled(row.present.isChecked() and not refusal and not own_aside)
            row.conflict.setToolTip(OWN_CONFLICT if own_aside else "")
            row.note.setEnabled(row.present.isChecked() and not refusal)
        for widget in (self.others, self.reason):
            widget.setReadOnly(bool(refusal))
            widget.setToolTip(refusal)
        self.when.set_read_only(bool(refusal))
        self._show_size(meeting)

    def _flags(self, desk: Desk) -> list[FlagShown]:
        return desk.conflict_flags(self.open_case.case_id)
