"""The side panel: the selected case's summary, its actions and owners, and the decision capture.

What it shows of the people involved follows the signed-in member's role, as everywhere else.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cocdesk.board.cards import card_of, quadrant_name
from cocdesk.domain import Case, Party, now
from cocdesk.domain.access import as_seen_by
from cocdesk.gui.board.decision_form import DecisionForm
from cocdesk.vault import Vault

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
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
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
        self.form = DecisionForm(vault, inner)
        self.may_decide = vault.member.role.sees_names
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

    def show_case(self, case_id: UUID | None) -> None:
        """Show the case (read afresh from the vault), or nothing at all."""
        self.case_id = case_id
        case = self.vault.case(case_id) if case_id and self.vault.is_open else None
        self.form.show_case(case_id, case.quadrant if case else None)
        self.form.setVisible(case is not None and self.may_decide)
        self.form_title.setVisible(self.form.isVisibleTo(self))
        for label in (self.summary_label, self.people_label, self.actions_label, self.decisions_label):
            label.clear()
        if case is None:
            self.heading_label.setText(f"<i>{escape(NOTHING_SELECTED)}</i>")
            return
        seen = as_seen_by(case, self.vault.member.role, self.vault.procedure)
        self.heading_label.setText(f"<h2>{escape(seen.code)}</h2>{escape(seen.title or 'Untitled case')}")
        at = now()
        late = frozenset({"Deadline"}) if card_of(seen).overdue(at) else frozenset()
        self.summary_label.setText(rows(self._facts(seen, at), late))
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

    def _facts(self, case: Case, at: datetime) -> list[tuple[str, str]]:
        zone = self.vault.event.zone
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
            where = quadrant_name(self.vault.procedure.matrix, (placement.risk, placement.impact))
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
