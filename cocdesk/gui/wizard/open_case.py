"""The wizard's hold on one case: edits queued as they are typed and saved within half a second.

Typing queues an edit under a key (the field it changes); the next keystroke in that field replaces
it, so a burst of typing is one save. A tick or a button saves at once. Leaving a page, locking and
closing call ``flush()`` so that nothing typed is left unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cocdesk.domain import AnswerValue, Case
from cocdesk.domain.access import as_seen_by
from cocdesk.vault import Vault, VaultError

SAVE_DELAY_MS = 400  # from the first unsaved keystroke to its save; never restarted by more typing

Edit = Callable[[], object]


class OpenCase(QObject):
    changed = Signal()  # the case was read again after a save
    problem = Signal(str)  # an edit was refused: the sentence to show

    def __init__(self, vault: Vault, case_ref: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.procedure = vault.procedure
        self.event_details = vault.event
        self.member = vault.member
        self.case_id = vault.resolve(case_ref)
        self.redacted = not vault.member.role.sees_names
        self._pending: dict[str, Edit] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.case = self._read()

    @property
    def zone(self) -> Any:
        return self.event_details.zone

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def _read(self) -> Case:
        return as_seen_by(self.vault.case(self.case_id), self.member.role, self.procedure)

    def fresh(self) -> Case:
        """The case as stored right now, unredacted: for edits that rewrite a whole part."""
        return self.vault.case(self.case_id)

    # saving

    def queue(self, key: str, edit: Edit) -> None:
        """Save ``edit`` shortly; a later edit under the same key replaces it."""
        self._pending.pop(key, None)
        self._pending[key] = edit
        if not self._timer.isActive():
            self._timer.start()

    def save(self, edit: Edit) -> bool:
        """Save everything queued, then ``edit``, now. False (and a ``problem``) if it was refused."""
        edits = self._take()
        edits.append(edit)
        return self._apply(edits)

    def flush(self) -> bool:
        """Save whatever is queued. Called on leaving a page, on lock and on close."""
        if not self._pending:
            return True
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
        for edit in edits:
            try:
                edit()
            except VaultError as error:
                ok = False
                self.problem.emit(str(error))
        if self.vault.is_open:
            self.reload()
        return ok

    def resume(self, vault: Vault) -> None:
        """Carry on with the vault unlocked again by the same member (the lock closed the old one)."""
        if vault.member.id != self.member.id:
            raise ValueError("another member unlocked: they get a wizard of their own")
        self.vault = vault
        self.reload()

    def reload(self) -> None:
        self.case = self._read()
        self.changed.emit()

    # the edits the pages make

    def answer(self, step_id: str, field_id: str, value: AnswerValue, *, at_once: bool = False) -> None:
        def edit() -> None:
            self.vault.set_answer(self.case_id, step_id, field_id, value)

        if at_once:
            self.save(edit)
        else:
            self.queue(f"answer:{step_id}:{field_id}", edit)

    def part(
        self, key: str, name: str, build: Callable[[Case], object], what: str, *, at_once: bool = False
    ) -> None:
        """Replace the part ``name`` with ``build(case)``, the case read fresh when the save runs, so
        that two editors of one part (the people of each party, the messages) never undo each other."""

        def edit() -> None:
            self.vault.set_part(self.case_id, name, build(self.fresh()), what)

        if at_once:
            self.save(edit)
        else:
            self.queue(f"part:{key}", edit)
