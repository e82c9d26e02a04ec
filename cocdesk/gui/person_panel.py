"""The reported person across reports, and the hold, in the case view and the wizard's people step.

Codes only, never names: "Also reported in ABC-DEF", each suggestion with Confirm / Not the same
person, and for a held case its hold, what to do next when another report matches, and Release. The
panel reads and acts through the session; it hides itself when it has nothing to say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.desk import Act, Desk
from cocdesk.desk.holds import HeldAlert
from cocdesk.desk.person_links import Suggestion
from cocdesk.domain import Case, Party
from cocdesk.flow.persons import HELD_NEXT_STEP, also_reported
from cocdesk.gui import palette
from cocdesk.gui.case_html import when
from cocdesk.gui.session import Session

HOLD_TITLE = "Hold at the reporter's request"
HOLD_PROMPT = (
    "The reporter's words, asking for their report to be kept and acted on only if someone else"
    " reports the same person:"
)


def pattern(session: Session, case_id: UUID) -> tuple[list[str], list[str]]:
    """The codes of the other reports the team confirmed name this case's reported person, and of
    those the desk suggests may: what the meeting and the assessment show."""

    def read(desk: Desk) -> tuple[list[str], list[str]]:
        confirmed = [code for codes in desk.also_reported_in(case_id).values() for code in codes]
        suggested = [s.other_code for s in desk.suggestions(case_id) if s.other_code not in confirmed]
        return list(dict.fromkeys(confirmed)), list(dict.fromkeys(suggested))

    nothing: tuple[list[str], list[str]] = ([], [])
    return session.read(read, nothing)


@dataclass(frozen=True)
class _Known:
    """What the panel shows of one case, read in one go."""

    links: dict[UUID, list[str]] = field(default_factory=dict)
    hints: list[Suggestion] = field(default_factory=list)
    alerts: list[HeldAlert] = field(default_factory=list)
    may_link: bool = False
    may_hold: bool = False


def _known(desk: Desk, case: Case) -> _Known:
    return _Known(
        desk.also_reported_in(case.id),
        desk.suggestions(case.id),
        [a for a in desk.held_alerts() if a.held_id == str(case.id)] if case.held else [],
        desk.may(Act.LINK_PEOPLE),
        desk.may(Act.HOLD),
    )


def pattern_text(confirmed: list[str], suggested: list[str]) -> str:
    """ "Also reported in ABC-DEF; possibly also in HJK-MNP (not yet confirmed)", or ""."""
    parts = [also_reported(confirmed)] if confirmed else []
    if suggested:
        lead = "possibly also in" if confirmed else "Possibly also reported in"
        parts.append(f"{lead} {', '.join(suggested)} (not yet confirmed)")
    return "; ".join(parts)


def ask_words(parent: QWidget) -> str | None:
    """The reporter's words for a hold, or None if the member thought better of it. Tests replace this."""
    text, ok = QInputDialog.getMultiLineText(parent, HOLD_TITLE, HOLD_PROMPT)
    return text if ok and text.strip() else None


class PersonPanel(QFrame):
    sig_acted = Signal(object)  # the case's UUID, after a confirm, a rejection, a hold or a release

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        hold_controls: bool = True,
        mnemonics: bool = True,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.hold_controls = hold_controls
        self.mnemonics = mnemonics  # off where the page's own buttons use the letters (the wizard)
        self.case_id: UUID | None = None
        self.setObjectName("person_panel")
        self.setAccessibleName("The reported person in other reports")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 6, 8, 6)
        self.setVisible(False)

    def show_for(self, case: Case, zone: ZoneInfo) -> None:
        """Show what the desk knows of ``case``'s reported people elsewhere, and its hold."""
        self.case_id = case.id
        known = self.session.read(lambda desk: _known(desk, case), _Known())
        self._clear()
        codes = {p.id: p.person_code for p in case.parties(Party.REPORTED)}
        if case.held:
            self._held(case, known.alerts, known.may_hold, zone)
        for person_id, others in known.links.items():
            if others:
                self._label(f"Reported person {codes.get(person_id, '')}: {also_reported(others)}.")
        for index, hint in enumerate(known.hints):
            self._suggestion(hint, first=index == 0, may_link=known.may_link)
        if self.hold_controls and not case.held and known.may_hold and case.status.is_open:
            hold = self._button(
                "Hold at the reporter's &request…", "Hold this report at the reporter's request"
            )
            hold.clicked.connect(self._hold)
            self.rows.addWidget(hold, 0, Qt.AlignmentFlag.AlignLeft)
        self.setVisible(self.rows.count() > 0)

    def _held(self, case: Case, alerts: list[HeldAlert], may_hold: bool, zone: ZoneInfo) -> None:
        since = when(case.hold.held_at, zone)
        banner = self._label(
            f"On hold at the reporter's request since {since}: no deadline runs, and the case is not on"
            " the board."
        )
        banner.setObjectName("held_banner")
        for alert in alerts:
            matched = ", ".join(alert.matching)
            lead = "Also reported in" if alert.confirmed else "Possibly also reported in"
            warning = self._label(f"⚠  {lead} {matched}. {HELD_NEXT_STEP}")
            warning.setObjectName("held_next_step")
            colours = palette.current()
            warning.setStyleSheet(f"color: {colours.alert}; font-weight: bold;")
        if may_hold and self.hold_controls:
            release = self._button("Re&lease the hold", "Release the hold: the case goes on as any other")
            release.clicked.connect(self._release)
            self.rows.addWidget(release, 0, Qt.AlignmentFlag.AlignLeft)

    def _suggestion(self, hint: Suggestion, *, first: bool, may_link: bool) -> None:
        row = QHBoxLayout()
        text = f"Possibly the same person as in case {hint.other_code} ({hint.why})"
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if may_link:
            confirm = self._button(
                "Con&firm" if first else "Confirm", f"Confirm: the same person as in {hint.other_code}"
            )
            reject = self._button(
                "&Not the same person" if first else "Not the same person",
                f"Not the same person as in {hint.other_code}",
            )
            confirm.clicked.connect(lambda _=False, h=hint: self._answer(h, same=True))
            reject.clicked.connect(lambda _=False, h=hint: self._answer(h, same=False))
            row.addWidget(confirm)
            row.addWidget(reject)
        self.rows.addLayout(row)

    def _answer(self, hint: Suggestion, *, same: bool) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def act(desk: Desk) -> None:
            if same:
                desk.confirm_same_person(case_id, hint.person_id, hint.other_case_id, hint.other_person_id)
            else:
                desk.not_same_person(case_id, hint.person_id, hint.other_case_id, hint.other_person_id)

        self._run(act, [case_id, hint.other_case_id])

    def _hold(self) -> None:
        case_id = self.case_id
        words = ask_words(self)
        if case_id is not None and words is not None:
            self._run(lambda desk: desk.hold(case_id, words), [case_id])

    def _release(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self._run(lambda desk: desk.release(case_id), [case_id])

    def _run(self, act: Callable[[Desk], None], changed: list[UUID]) -> None:
        def done(desk: Desk) -> bool:
            act(desk)
            return True

        if self.session.run(done, changed=changed, parent=self):
            self.sig_acted.emit(self.case_id)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setAccessibleName(text)
        self.rows.addWidget(label)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text if self.mnemonics else text.replace("&", ""))
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def _clear(self) -> None:
        """Take every row away at once (hidden and detached now, deleted later): a shortcut of an old
        row must never answer beside the new one."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item is None:
                break
            inner = item.layout()
            items = [item] if inner is None else [inner.itemAt(i) for i in range(inner.count())]
            widgets = [each.widget() for each in items if each is not None]
            for widget in widgets:
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
            if inner is not None:
                inner.deleteLater()
