"""The side panel: the selected case's summary, its actions and owners, and the decision capture.

It shows the case exactly as the desk gives it to the signed-in member: for a role that may not see
who reported or witnessed, the desk has withheld it already. The decision form shows only to a member
whose role may record decisions.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cocdesk.board.cards import card_of
from cocdesk.desk import Desk
from cocdesk.domain import Case, Party, now
from cocdesk.gui.board.decision_form import DecisionForm
from cocdesk.gui.session import Session
from cocdesk.procedure.matrix import Matrix

NOTHING_SELECTED = "Select a card to see its case here."


def rows(pairs: list[tuple[str, str]], alert: frozenset[str] = frozenset()) -> str:
    """A two-column table; the values of the ``alert`` rows in bold red."""

    def value(key: str, text: str) -> str:
        return f"<b style='color:#b3261e'>{escape(text)}</b>" if key in alert else escape(text)

    cells = "".join(
        f"<tr><td style='padding-right:8px;color:#4a4f55'>{escape(k)}</td><td>{value(k, v)}</td></tr>"
        for k, v in pairs
    )
    return f"<table>{cells}</table>"


def bullets(lines: list[str], empty: str) -> str:
    if not lines:
        return f"<i>{escape(empty)}</i>"
    return "<br>".join(f"• {escape(line)}" for line in lines)


class SidePanel(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: UUID | None = None
        self.setObjectName("side_panel")
        self.setAccessibleName("Selected case")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.heading_label = self._label(layout, "heading")
        self.summary_label = self._label(layout, "summary")
        self.people_label = self._label(layout, "people")
        self.actions_label = self._label(layout, "actions")
        self.decisions_label = self._label(layout, "decisions")
        self.form = DecisionForm(session, inner)
        self.may_decide = False  # the board sets it from the desk: ``set_may_decide``
        self.form_title = QLabel("<b>Record a decision</b>", inner)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setWidget(inner)
        self.show_case(None)

    def _label(self, layout: QVBoxLayout, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(label)
        return label

    def set_may_decide(self, may: bool) -> None:
        self.may_decide = may
        self.show_case(self.case_id)

    def show_case(self, case_id: UUID | None) -> None:
        """Show the case (read afresh from the desk, as the member may see it), or nothing at all."""

        def read(desk: Desk) -> tuple[Case, tzinfo, Matrix] | None:
            return (desk.case(case_id), desk.event.zone, desk.procedure.matrix) if case_id else None

        shown = self.session.read(read, None)
        case = shown[0] if shown else None
        self.case_id = case_id if case else None
        self.form.show_case(self.case_id, case.quadrant if case else None)
        self.form.setVisible(case is not None and self.may_decide)
        self.form_title.setVisible(self.form.isVisibleTo(self))
        for label in (self.summary_label, self.people_label, self.actions_label, self.decisions_label):
            label.clear()
        if shown is None:
            self.heading_label.setText(f"<i>{escape(NOTHING_SELECTED)}</i>")
            return
        seen, zone, matrix = shown
        self.heading_label.setText(f"<h2>{escape(seen.code)}</h2>{escape(seen.title or 'Untitled case')}")
        at = now()
        late = frozenset({"Deadline"}) if card_of(seen).overdue(at) else frozenset()
        self.summary_label.setText(rows(self._facts(seen, at, zone, matrix), late))
        self.people_label.setText("<b>People</b><br>" + bullets(self._people(seen), "Nobody recorded yet"))
        actions = [
            f"{a.text} — {a.owner or 'nobody yet'}" + (" (done)" if a.done_at else "") for a in seen.actions
        ]
        self.actions_label.setText("<b>Actions and owners</b><br>" + bullets(actions, "No actions yet"))
        decided = [
            f"{'Now' if d.horizon == 'now' else 'Later'}: {d.text}" + (f" — {d.owner}" if d.owner else "")
            for d in seen.decisions
        ]
        self.decisions_label.setText("<b>Decisions</b><br>" + bullets(decided, "No decision yet"))

    @staticmethod
    def _facts(case: Case, at: datetime, zone: tzinfo, matrix: Matrix) -> list[tuple[str, str]]:
        face = card_of(case).face(at, presenting=False)
        facts = [
            ("Status", case.status.label),
            ("Held by", case.handler or "nobody yet"),
            ("Received", f"{case.received_at.astimezone(zone):%a %d %b %H:%M} ({face.age})"),
            ("Deadline", face.deadline),
        ]
        placement = case.placement
        if placement is None:
            facts.append(("Quadrant", "not yet placed"))
        else:
            where = matrix.name(placement.risk, placement.impact)
            facts += [("Quadrant", where), ("Why", f"{placement.rationale} ({placement.by})")]
        return facts

    @staticmethod
    def _people(case: Case) -> list[str]:
        lines = []
        for person in case.people:
            said = person.name or person.description
            if person.name and person.description and person.party == Party.REPORTED:
                said = f"{person.name}, {person.description}"
            lines.append(f"{person.party.label}: {said}")
        return lines
