"""The attendee announcement: the procedure's template filled in, checked as it is typed, approved only
when nothing in it points at the people involved and no glib phrase is left ("keep it general").

The team drafts it; only the role the procedure names (the Event Lead Organiser by default) approves
it, signed in as themselves. Changing the text afterwards takes the approval away."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act
from cocdesk.domain import Announcement, Case
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.flow.announcement import check, fill
from cocdesk.flow.approval import blockers
from cocdesk.gui import palette, paper_out, style
from cocdesk.gui.paper_out import Paper
from cocdesk.gui.wizard.common import heading, local_text, name_it, note
from cocdesk.gui.wizard.field_text import LongTextField
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.paper import announcement_sheet
from cocdesk.procedure import Part

BLANKS = (
    ("thing", "What happened, in general terms", "An incident of unwelcome comments towards an attendee"),
    ("action", "The action taken", "action to remove the person from the event"),
    ("location", "Where the policy is", "the conference website"),
    ("contact", "How to reach the team", "find any CoC team member at the registration desk"),
)


class AnnouncementEditor(QWidget):
    def __init__(self, open_case: OpenCase) -> None:
        super().__init__()
        self.open_case = open_case
        self.generated = ""
        self.blanks: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        defaults = {
            "location": open_case.event_details.policy_location,
            "contact": open_case.event_details.team_contact,
        }
        for key, label, example in BLANKS:
            line = QLineEdit(defaults.get(key, ""))
            line.setMaxLength(SHORT_TEXT_MAX)
            line.setPlaceholderText(f"For example: {example}")
            name_it(line, label)
            line.textChanged.connect(lambda _text: self.refill())  # typed, pasted or set by a screen reader
            form.addRow(label, line)
            self.blanks[key] = line
        self.refill_button = QPushButton("Fill in the template again (replaces the draft)")
        name_it(self.refill_button, "Fill in the template again")
        self.refill_button.clicked.connect(lambda: self.refill(force=True))
        self.refill_button.setVisible(False)
        self.draft = LongTextField("The announcement", lines=7)
        self.draft.sig_edited.connect(self._draft_edited)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName("What the check found")
        # the check flags and underlines each name; the echo only says how the draft reads
        self.echo = NameEcho(open_case, self.draft.text, reads_only=True)
        self.approve_button = QPushButton("Approve the &announcement")
        name_it(self.approve_button, "Approve the announcement")
        self.approve_button.clicked.connect(self.approve)
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.approval.setAccessibleName("Approval")
        self.print_button = QPushButton("Print the ann&ouncement…")
        name_it(self.print_button, "Print the announcement")
        self.print_button.clicked.connect(self.print_sheet)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approve_button)
        approve_row.addWidget(self.print_button)
        approve_row.addStretch(1)
        approval = QFormLayout()
        approval.setContentsMargins(0, 0, 0, 0)
        approval.addRow(approve_row)
        approval.addRow(self.approval)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        step = open_case.procedure.step_with_part(Part.ANNOUNCEMENT)
        beside = {line.rstrip(".") for line in (step.guidance.do + step.guidance.dont if step else [])}
        for advice in open_case.procedure.announcement.guidance:
            if advice.rstrip(".") not in beside:
                layout.addWidget(note(advice))
        layout.addLayout(form)
        layout.addWidget(self.refill_button)
        layout.addWidget(heading("The announcement", 1.0))
        layout.addWidget(self.draft)
        layout.addWidget(self.flags)
        layout.addWidget(self.echo)
        layout.addLayout(approval)
        self.load(open_case.case)

    def _approval_refusal(self) -> str:
        """Empty when the signed-in member may approve; otherwise who may."""
        if self.open_case.may(Act.APPROVE_ANNOUNCEMENT):
            return ""
        approver = self.open_case.session.read(lambda desk: desk.approver.label, "")
        who = f"Only the {approver} approves the announcement, signed in as themselves." if approver else ""
        return " ".join(x for x in (who, self.open_case.why_not(Act.APPROVE_ANNOUNCEMENT)) if x)

    def refill(self, force: bool = False) -> None:
        """Typing in a blank rewrites the draft, unless the draft was edited by hand since."""
        if not self.open_case.may(Act.DRAFT_ANNOUNCEMENT):
            return
        current = str(self.draft.value())
        if not force and current.strip() and current != self.generated:
            self.refill_button.setVisible(True)
            return
        self._refill_silently()
        self._draft_edited()

    def _draft_edited(self) -> None:
        if not self.open_case.may(Act.DRAFT_ANNOUNCEMENT):
            return
        text = str(self.draft.value())
        announcement = Announcement(text=text)  # the desk keeps an approval only while the text is the same
        self.open_case.part(
            "announcement", "announcement", lambda _case: announcement, "Drafted the announcement"
        )
        if text != self.open_case.case.announcement.text:
            self.approval.setText("Not approved yet.")
        self._check(text)

    def _check(self, text: str) -> list[str]:
        whole = self.open_case.case
        reasons = blockers(text, whole, self.open_case.procedure)
        self._highlight(text, whole)
        self.flags.setText(
            "\n".join(f"⚑ {reason}" for reason in reasons) if reasons else "✓ Nothing found: it is general."
        )
        style.mark(self.flags, "verdict", "flagged" if reasons else "clear")  # coloured by the stylesheets
        refusal = self._approval_refusal()
        self.approve_button.setEnabled(not reasons and not refusal)
        self.approve_button.setToolTip(refusal)
        return reasons

    def _highlight(self, text: str, whole: Case) -> None:
        selections, flagged = [], palette.current()
        for flag in check(text, whole, self.open_case.procedure):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.draft.text.document())
            cursor.setPosition(flag.start)
            cursor.setPosition(flag.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            look = QTextCharFormat()
            look.setBackground(QColor(flagged.flag_paper))
            look.setForeground(QColor(flagged.flag_ink))
            look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format = look
            selections.append(selection)
        text_edit: QPlainTextEdit = self.draft.text
        text_edit.setExtraSelections(selections)

    def approve(self) -> None:
        """Approve the draft as stored (what is typed is saved first), by the member signed in."""
        text = str(self.draft.value())
        if self._check(text) or self._approval_refusal():
            return
        case_id = self.open_case.case_id
        self.open_case.save(lambda desk: desk.approve_announcement(case_id))

    def print_sheet(self) -> None:
        """The announcement as a sheet to read out or post, through the print preview; a draft says so."""
        open_case = self.open_case
        open_case.flush()
        case = open_case.fresh()
        try:
            sheet = announcement_sheet(open_case.procedure, open_case.event_details, case)
        except ValueError:
            open_case.sig_problem.emit("The announcement is empty: write it first, then print it.")
            return
        what = Paper("the announcement", "case", str(case.id), "announcement.pdf")
        paper_out.show(self, sheet, what, open_case.session)

    def load(self, case: Case) -> None:
        announcement = case.announcement
        drafts = self.open_case.may(Act.DRAFT_ANNOUNCEMENT)
        if drafts and not announcement.text and not str(self.draft.value()).strip():
            self._refill_silently()
        else:
            self.draft.show_value(announcement.text)
        refusal = self.open_case.why_not(Act.DRAFT_ANNOUNCEMENT)
        self.draft.set_read_only(bool(refusal))
        self.draft.setToolTip(refusal)
        for line in self.blanks.values():
            line.setReadOnly(bool(refusal))
            line.setToolTip(refusal)
        if announcement.approved_by:
            when = local_text(announcement.approved_at, self.open_case.zone)
            self.approval.setText(f"Approved by {announcement.approved_by}, {when}.")
        else:
            self.approval.setText("Not approved yet.")
        self._check(str(self.draft.value()))

    def _refill_silently(self) -> None:
        values = {key: line.text().strip() for key, line in self.blanks.items()}
        self.generated = fill(self.open_case.procedure.announcement.template, **values).strip()
        self.draft.set_value(self.generated)
        self.refill_button.setVisible(False)
