"""Moving cards: by drag and drop, or from the keyboard (Space picks the selected card up, the arrow
keys choose a quadrant, Enter or Space puts it down, Esc puts it back), and Ctrl+Z for the last move.

Every move asks for the one-line reason first; cancelling it moves nothing. A move and an undo are
acts of the desk, run through the session, which announces the case as changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from cocdesk.board.cards import Quadrant
from cocdesk.board.keys import step
from cocdesk.board.moves import MoveBook
from cocdesk.desk import TRAY
from cocdesk.gui.board import prompts
from cocdesk.gui.board.surface import BoardSurface
from cocdesk.gui.session import Session

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
PUT_DOWN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
LIFT_HINT = "Space picks up the selected card; drag a card with the mouse to move it."


@dataclass
class Lifted:
    case_id: UUID
    code: str
    origin: Quadrant | None
    target: Quadrant | None


class Mover(QObject):
    sig_moved = Signal(object)  # the case id whose placement changed; None when an undo was refused
    sig_hint = Signal(str)  # what the keyboard does now; "" when no card is picked up

    def __init__(self, session: Session, surface: BoardSurface, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.surface, self.window = session, surface, window
        self.book = MoveBook(lambda: session.desk)  # the history outlives a lock
        self.lifted: Lifted | None = None
        self.enabled = True  # False: the member's role may not place cases, and nothing moves
        self.on_screen = False  # presenting: the reason prompt warns that the room can read it
        surface.sig_card_dropped.connect(self.drop)

    def _name(self, where: Quadrant | None) -> str:
        return self.surface.matrix_widget.matrix.name(*where) if where else TRAY

    def drop(self, case_id: UUID, to: Quadrant) -> bool:
        """Ask why, then move the case to ``to``. False when nothing moved."""
        if not self.enabled:
            return False
        view = self.surface.view_of(case_id)
        card = view.cards.cards[view.cards.row_of(case_id)] if view else None
        if card is None or card.quadrant == to:
            return False
        question = f"Why does {card.code} go from {self._name(card.quadrant)} to {self._name(to)}?"
        reason = prompts.ask_rationale(self.window, question, on_screen=self.on_screen)
        if reason is None:
            return False
        move = self.session.run(
            lambda _desk: self.book.move(case_id, to, reason),
            changed=[case_id],
            parent=self.window,
            title="The case was not moved",
        )
        if move is not None:
            self.surface.place(case_id, to)  # already there when the board follows the session
            self.sig_moved.emit(case_id)
        return move is not None

    def undo(self) -> None:
        self.cancel()
        last = self.book.last
        if not self.enabled or last is None:
            return
        move = self.session.run(
            lambda _desk: self.book.undo(),
            changed=[last.case_id],
            parent=self.window,
            title="Nothing was undone",
        )
        if move is None:
            self.sig_moved.emit(None)
            return
        self.surface.place(move.case_id, move.before)
        self.sig_moved.emit(move.case_id)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The board's keys for moving a card; True when the key was used."""
        key = Qt.Key(event.key())
        if not self.enabled or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if self.lifted is None:
            if key == Qt.Key.Key_Space and self.surface.selected() is not None:
                self.lift()
                return True
            return False
        if key in ARROWS:
            across, down = ARROWS[key]
            lifted = self.lifted
            lifted.target = step(lifted.target, across, down, from_tray=lifted.origin is None)
            self._show_target()
        elif key in PUT_DOWN:
            self.put_down()
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        return True

    def lift(self) -> None:
        card = self.surface.selected()
        if card is None:
            return
        self.lifted = Lifted(card.case_id, card.code, card.quadrant, card.quadrant)
        self._show_target()

    def _show_target(self) -> None:
        lifted = self.lifted
        if lifted is None:
            return
        self.surface.matrix_widget.mark(lifted.target)
        self.sig_hint.emit(
            f"Moving {lifted.code} to {self._name(lifted.target)}: the arrow keys choose a quadrant, "
            "Enter puts it down, Esc puts it back."
        )

    def put_down(self) -> None:
        lifted, self.lifted = self.lifted, None
        self.surface.matrix_widget.mark(None)
        self.sig_hint.emit("")
        if lifted is not None and lifted.target is not None and lifted.target != lifted.origin:
            self.drop(lifted.case_id, lifted.target)
        if lifted is not None:
            self.surface.select(lifted.case_id)

    def cancel(self) -> None:
        if self.lifted is not None:
            self.lifted = None
            self.surface.matrix_widget.mark(None)
            self.sig_hint.emit("")
