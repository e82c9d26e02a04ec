"""The side panel: the selected case's summary, its actions and owners, and the decision capture.

People show as their role in the case ("[reporter]", "[witness 2]", "[reported person]") and every
text reads as the rendition a shared screen shows (``cocdesk.identity.rendition.withheld`` with
``everyone``: no one named, the reported person included), unless a CoC team member turned "Show
names" on (``show_names``). For a role that may not see who reported or witnessed, the desk has
withheld the case already. The decision form shows only to a member whose role may record decisions.

Presenting, the panel is the room's reveal of one card: code, title, quadrant, deadlines and
decisions, always withheld, white on black; nothing else (no people, holder, actions or reasons).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cocdesk.board.cards import card_of
from cocdesk.desk import Desk
from cocdesk.domain import Case, Party, now
from cocdesk.domain.case import HIDDEN
from cocdesk.domain.countdown import countdown
from cocdesk.gui import palette
from cocdesk.gui.board.decision_form import DecisionForm
from cocdesk.gui.palette import Palette
from cocdesk.gui.session import Session
from cocdesk.identity.case_names import REPORTED, labels
from cocdesk.procedure.matrix import Matrix

NOTHING_SELECTED = "Select a card to see its case here."
PRESENTING_STYLE = """
QScrollArea#side_panel, QWidget#side_panel_inner {{ background: {p.ground}; }}
QWidget#side_panel_inner QLabel {{ color: {p.ink}; font-size: 18pt; }}
"""


def rows(
    pairs: list[tuple[str, str]], alert: frozenset[str] = frozenset(), ink: Palette | None = None
) -> str:
    """A two-column table, its keys muted; the values of the ``alert`` rows in bold red."""
    ink = ink or palette.board()

    def value(key: str, text: str) -> str:
        return f"<b style='color:{ink.alert}'>{escape(text)}</b>" if key in alert else escape(text)

    cells = "".join(
        f"<tr><td style='padding-right:8px;color:{ink.muted}'>{escape(k)}</td><td>{value(k, v)}</td></tr>"
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
        self.show_names = False  # "Show names": the CoC team's deliberate toggle, off by default
        self.presenting = False  # the room's reveal: always withheld
        self.setObjectName("side_panel")
        self.setAccessibleName("Selected case")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # its words wrap instead
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        inner.setObjectName("side_panel_inner")
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

    def set_presenting(self, presenting: bool) -> None:
        """The room's reveal (white on black, withheld, no people) or the desk's own panel; the board
        shows the case it wants next."""
        self.presenting = presenting
        self.setStyleSheet(PRESENTING_STYLE.format(p=palette.PRESENTING) if presenting else "")

    def changeEvent(self, event: QEvent) -> None:
        """The look changed: the words' colours (set in their rich text) follow it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and not self.presenting and self.case_id is not None:
            self.show_case(self.case_id)

    def set_show_names(self, show: bool) -> None:
        self.show_names = show
        self.show_case(self.case_id)

    def show_case(self, case_id: UUID | None) -> None:
        """Show the case (read afresh from the desk, as the member may see it), or nothing at all."""

        def read(desk: Desk) -> tuple[Case, Case, tzinfo, Matrix] | None:
            if not case_id:
                return None
            case = desk.case(case_id)
            names = self.show_names and desk.sees_identity and not self.presenting
            seen = case if names else desk.as_shared(case)
            return case, seen, desk.event.zone, desk.procedure.matrix

        shown = self.session.read(read, None)
        case = shown[1] if shown else None
        self.case_id = case_id if case else None
        self.form.show_case(self.case_id, case.quadrant if case else None)
        self.form.setVisible(case is not None and self.may_decide and not self.presenting)
        self.form_title.setVisible(self.form.isVisibleTo(self))
        for label in (self.summary_label, self.people_label, self.actions_label, self.decisions_label):
            label.clear()
        if shown is None:
            self.heading_label.setText(f"<i>{escape(NOTHING_SELECTED)}</i>")
            return
        whole, seen, zone, matrix = shown
        self.heading_label.setText(f"<h2>{escape(seen.code)}</h2>{escape(seen.title or 'Untitled case')}")
        at = now()
        late = frozenset({"Deadline"}) if card_of(seen).overdue(at) else frozenset()
        decided = [
            f"{'Now' if d.horizon == 'now' else 'Later'}: {d.text}"
            + (f" — {d.owner}" if d.owner and not self.presenting else "")
            for d in seen.decisions
        ]
        self.decisions_label.setText("<b>Decisions</b><br>" + bullets(decided, "No decision yet"))
        if self.presenting:
            facts, late = self._room_facts(seen, at, matrix)
            self.summary_label.setText(rows(facts, late, palette.PRESENTING))
            return
        self.summary_label.setText(rows(self._facts(seen, at, zone, matrix), late))
        roles = labels(whole) | {str(p.id): REPORTED for p in whole.parties(Party.REPORTED)}
        people = self._people(seen, roles)
        self.people_label.setText("<b>People</b><br>" + bullets(people, "Nobody recorded yet"))
        actions = [
            f"{a.text} — {a.owner or 'nobody yet'}" + (" (done)" if a.done_at else "") for a in seen.actions
        ]
        self.actions_label.setText("<b>Actions and owners</b><br>" + bullets(actions, "No actions yet"))

    @staticmethod
    def _room_facts(case: Case, at: datetime, matrix: Matrix) -> tuple[list[tuple[str, str]], frozenset[str]]:
        """What the room may read of a revealed card: where it sits and what is due when; and which
        of those are overdue."""
        placement = case.placement
        where = matrix.name(placement.risk, placement.impact) if placement else "not yet placed"
        facts = [("Quadrant", where)]
        pending = [d for d in case.deadlines if d.met_at is None]
        facts += [(d.label, countdown(d.due_at, at)) for d in pending] or [("Deadline", "none pending")]
        return facts, frozenset(d.label for d in pending if d.overdue(at))

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
    def _people(case: Case, roles: dict[str, str]) -> list[str]:
        """Each person by party; a withheld reporter or witness by their role in the case."""
        lines = []
        for person in case.people:
            said = person.name or roles.get(str(person.id)) or person.description
            described = person.description not in ("", HIDDEN, said)
            if person.party == Party.REPORTED and described:
                said = f"{said}, {person.description}"
            lines.append(f"{person.party.label}: {said}")
        return lines
