"""The wizard's hold on one case: edits queued as they are typed and saved within half a second.

Typing queues an edit under a key (the field it changes); the next keystroke in that field replaces
it, so a burst of typing is one save. A tick or a button saves at once. Leaving a page, locking and
closing call ``flush()`` so that nothing typed is left unsaved.

Every edit is an act of the desk, run through the session: the wizard keeps the session, never a desk,
so after a lock and an unlock by the same member it carries on with the desk the session now holds.
A refusal becomes one sentence, ``sig_problem``, shown in the wizard's own problem line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cocdesk.desk import Act, Desk, NotAllowed, Read, policy
from cocdesk.domain import AnswerValue, Case, Member
from cocdesk.gui.session import Session
from cocdesk.identity import NameMatcher
from cocdesk.identity.case_names import matcher_for
from cocdesk.identity.rendition import hider

SAVE_DELAY_MS = 400  # from the first unsaved keystroke to its save; never restarted by more typing

Edit = Callable[[Desk], object]


class OpenCase(QObject):
    sig_changed = Signal()  # the case was read again after a save
    sig_problem = Signal(str)  # an edit was refused: the sentence to show

    def __init__(self, session: Session, case_ref: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        desk = session.desk
        self.procedure = desk.procedure
        self.event_details = desk.event
        self.member = desk.member
        self.case_id = desk.resolve(case_ref)
        self._pending: dict[str, Edit] = {}
        self._applying = False
        self._may: dict[Act | Read, bool] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.case = desk.case(self.case_id)
        self._matcher: tuple[object, NameMatcher, Callable[[str], str]] | None = None
        session.sig_opened.connect(self._unlocked)
        session.sig_cases_changed.connect(self._cases_changed)

    def detach(self) -> None:
        """Stop following the session: the wizard showing this case was closed."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.sig_opened.disconnect(self._unlocked)
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.sig_cases_changed.disconnect(self._cases_changed)

    @property
    def zone(self) -> Any:
        return self.event_details.zone

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def is_mine(self) -> bool:
        """The session holds a desk open by this wizard's member (not locked, nobody else signed in)."""
        return self.session.read(lambda desk: desk.member.id == self.member.id, False)

    def may(self, what: Act | Read) -> bool:
        """Whether the member may do ``what``: the desk's policy, asked now. While the station is locked,
        the last answer (what is typed then is kept for their unlock); for another member, no."""
        if not self.session.is_open:
            return self._may.get(what, False)
        if not self.is_mine:
            return False
        self._may[what] = self.session.read(lambda desk: desk.may(what), False)
        return self._may[what]

    def why_not(self, what: Act | Read) -> str:
        """The sentence that says why the member may not do ``what``; empty when they may."""
        if self.may(what):
            return ""
        return str(NotAllowed(what.value, self.member.role.label))

    def team(self) -> list[str]:
        """The names of the members who do the team's work (who may carry out a decision or action)."""
        members: list[Member] = self.session.read(lambda desk: desk.members(), [])
        return [m.name for m in members if policy.may(m.role, Act.ACT_ON)]

    def fresh(self) -> Case:
        """The case as the desk gives it to this member right now."""
        return self.session.desk.case(self.case_id)

    def matcher(self) -> NameMatcher:
        """The desk's matcher of this case's reporters, witnesses and marks, as last read."""
        return self._names()[1]

    def withhold(self, text: str) -> str:
        """``text`` as a role without identity will read it once saved (the desk's rendition)."""
        return self._names()[2](text)

    def _names(self) -> tuple[object, NameMatcher, Callable[[str], str]]:
        """Made again only when the case's people or marks changed, not at every read of the case."""
        names = (self.case.people, self.case.identity)
        if self._matcher is None or self._matcher[0] != names:
            self._matcher = (names, matcher_for(self.case), hider(self.case))
        return self._matcher

    # saving

    def queue(self, key: str, edit: Edit) -> None:
        """Save ``edit`` shortly; a later edit under the same key replaces it."""
        self._pending.pop(key, None)
        self._pending[key] = edit
        if not self._timer.isActive():
            self._timer.start()

    def save(self, edit: Edit) -> bool:
        """Save everything queued, then ``edit``, now. False (and a ``sig_problem``) if it was refused."""
        edits = self._take()
        edits.append(edit)
        return self._apply(edits)

    def flush(self) -> bool:
        """Save whatever is queued. Called on leaving a page, on lock and on close."""
        if not self._pending:
            return True
        if not self.is_mine:  # locked: keep it for the same member's unlock
            return False
        return self._apply(self._take())

    def discard(self) -> None:
        self._timer.stop()
        self._pending.clear()

    def _take(self) -> list[Edit]:
        self._timer.stop()
        edits = list(self._pending.values())
        self._pending.clear()
        return edits

    def _apply(self, edits: list[Edit]) -> bool:
        ok = True
        heard: list[str] = []
        self.session.sig_problem.connect(heard.append)
        self._applying = True
        try:
            for edit in edits:
                done = self.session.run(partial(_done, edit), changed=[self.case_id], tell=False)
                ok = ok and done is True
        finally:
            self._applying = False
            self.session.sig_problem.disconnect(heard.append)
        for sentence in heard:
            self.sig_problem.emit(_sentence(sentence))
        if self.is_mine:
            self.reload()
        return ok

    def reload(self) -> None:
        """Read the case again and show it."""
        case = self.session.read(lambda desk: desk.case(self.case_id), None)
        if case is not None:
            self.case = case
            self.sig_changed.emit()

    def _unlocked(self) -> None:
        """The station unlocked: the same member carries on, saving anything left from before the lock."""
        if not self.is_mine:
            return
        if self._pending:
            self.flush()
        else:
            self.reload()

    def _cases_changed(self, ids: list[str]) -> None:
        """Another screen (the board, the case view) changed this case: show it, unless typing waits."""
        if self._applying or self._pending or (ids and str(self.case_id) not in ids):
            return
        if self.is_mine:
            self.reload()

    # the edits the pages make

    def answer(self, step_id: str, field_id: str, value: AnswerValue, *, at_once: bool = False) -> None:
        case_id = self.case_id

        def edit(desk: Desk) -> None:
            desk.answer(case_id, step_id, field_id, value)

        if at_once:
            self.save(edit)
        else:
            self.queue(f"answer:{step_id}:{field_id}", edit)

    def tick(self, step_id: str, item_id: str, checked: bool) -> bool:
        case_id = self.case_id
        return self.save(lambda desk: desk.tick(case_id, step_id, item_id, checked))

    def header(self, name: str, text: str) -> None:
        case_id = self.case_id
        self.queue(f"header:{name}", lambda desk: desk.update_case(case_id, **{name: text}))

    def complete_step(self, step_id: str, done: bool) -> bool:
        case_id = self.case_id
        return self.save(lambda desk: desk.complete_step(case_id, step_id, done))

    def mark(self, stretch: str) -> bool:
        """Mark ``stretch`` as identifying: withheld wherever it is typed in this case."""
        case_id = self.case_id
        return bool(stretch.strip()) and self.save(lambda desk: desk.mark(case_id, stretch))

    def unmark(self, word: str) -> bool:
        """``word`` matched a name but is not one: the desk stops withholding it in this case."""
        case_id = self.case_id
        return bool(word.strip()) and self.save(lambda desk: desk.unmark(case_id, word))

    def part(
        self, key: str, name: str, build: Callable[[Case], object], what: str, *, at_once: bool = False
    ) -> None:
        """Replace the part ``name`` with ``build(case)``, the case read fresh when the save runs, so
        that two editors of one part (the people of each party, the messages) never undo each other."""
        case_id = self.case_id

        def edit(desk: Desk) -> None:
            desk.set_part(case_id, name, build(desk.case(case_id)), what)

        if at_once:
            self.save(edit)
        else:
            self.queue(f"part:{key}", edit)


def _done(edit: Edit, desk: Desk) -> bool:
    edit(desk)
    return True


def _sentence(text: str) -> str:
    """The desk's refusal as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
