"""The triage board: the team's cases on the risk × impact matrix, for the meeting around the table.

F5 presents it on a projector: full screen, large type, high contrast, and only codes, neutral titles,
ages, deadlines and quadrants. A CoC team member may reveal the selected card (R); it hides again as
soon as it is deselected. Leaving takes the keyboard (F5 or Esc), so a stray click cannot.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cocdesk.board.cards import Card, card_for
from cocdesk.board.filters import BoardFilter
from cocdesk.domain import now
from cocdesk.domain.access import sees_case
from cocdesk.gui.board import prompts
from cocdesk.gui.board.filter_bar import FilterBar
from cocdesk.gui.board.mover import LIFT_HINT, Mover
from cocdesk.gui.board.panel import SidePanel
from cocdesk.gui.board.surface import BoardSurface
from cocdesk.gui.paper_out import Paper, record
from cocdesk.paper.board import board_pdf
from cocdesk.vault import Vault, VaultError

TICK_MS = 30_000  # ages and countdowns move on by the minute
PRESENTING_STYLE = """
BoardWindow { background: #000000; }
QLabel { color: #ffffff; }
QLabel#hint { font-size: 14pt; }
QLabel[role="axis"] { font-size: 20pt; font-weight: bold; }
"""
PRESENTING_HINT = "Presenting · F5 or Esc leaves · Space picks up the selected card"
REVEAL_HINT = " · R reveals it"


class BoardWindow(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.setObjectName("board_window")
        self.setWindowTitle("Triage board")
        self.presenting = False
        self.revealed: UUID | None = None
        self.may_reveal = vault.member.role.sees_names
        matrix = vault.procedure.matrix
        self.filter_bar = FilterBar(matrix, [m.name for m in vault.members()], self)
        self.surface = BoardSurface(matrix, self)
        self.panel = SidePanel(vault, self)
        self.panel.setFixedWidth(340)
        self.hint = QLabel(LIFT_HINT, self)
        self.hint.setObjectName("hint")
        self.mover = Mover(vault, self.surface, self)
        self._commands()
        body = QHBoxLayout()
        body.addWidget(self.surface, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.filter_bar.changed.connect(lambda _f: self.refresh())
        self.surface.cardSelected.connect(self._selected)
        self.mover.moved.connect(self._moved)
        self.mover.hint.connect(self.hint.setText)
        self.panel.form.recorded.connect(lambda case_id: self.panel.show_case(case_id))
        self.panel.form.failed.connect(lambda sentence: prompts.tell(self, "Not recorded", sentence))
        for view in self.surface.views.values():
            view.installEventFilter(self)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(lambda: self.surface.tick(now()))
        self.ticker.start(TICK_MS)
        self.resize(1280, 800)
        self.refresh()

    def _commands(self) -> None:
        def command(text: str, keys: QKeySequence | QKeySequence.StandardKey | str, slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.undo_action = command("&Undo move", QKeySequence.StandardKey.Undo, self.mover.undo)
        self.undo_action.setEnabled(False)
        self.print_action = command("&Print the board…", QKeySequence.StandardKey.Print, self.print_board)
        self.present_action = command("Pre&sent", "F5", lambda: self.set_presenting(not self.presenting))
        self.refresh_action = command("&Refresh", "Ctrl+R", self.refresh)
        for action in (self.undo_action, self.print_action, self.present_action):
            self.filter_bar.add_command(action)

    def resume(self, vault: Vault) -> None:
        """The same member unlocked again after a lock: carry on with the newly opened vault."""
        self.vault = self.mover.vault = self.mover.book.vault = vault
        self.panel.vault = self.panel.form.vault = vault
        self.refresh()

    # what the board shows

    def board_filter(self) -> BoardFilter:
        return self.filter_bar.current()

    def cards(self) -> list[Card]:
        role = self.vault.member.role
        return [card_for(s) for s in self.vault.list_cases() if sees_case(role, s.status)]

    def refresh(self) -> None:
        """Read the cases afresh: a placement made in the wizard, or by another member, shows up."""
        self.mover.cancel()
        if self.vault.is_open:
            self.surface.load(self.cards(), self.board_filter(), now())

    def select_case(self, case_id: UUID) -> bool:
        """Select the case's card, as "place it on the board" from a case view does; False if not shown."""
        return self.surface.select(case_id)

    def shown_cards(self) -> list[Card]:
        return [card for view in self.surface.views.values() for card in view.cards.cards]

    def _selected(self, card: Card | None) -> None:
        if self.revealed is not None and (card is None or card.case_id != self.revealed):
            self.revealed = None
        if self.presenting:
            self.panel.show_case(self.revealed)
            self.panel.setVisible(self.revealed is not None)
        else:
            self.panel.show_case(card.case_id if card else None)

    def _moved(self, case_id: UUID | None) -> None:
        """A case moved (None: an undo was refused, so the board reads every case again)."""
        self.undo_action.setEnabled(bool(self.mover.book.moves))
        if case_id is None:
            self.refresh()
        elif self.panel.case_id == case_id:
            self.panel.show_case(case_id)

    # presenting

    def set_presenting(self, presenting: bool, *, closing: bool = False) -> None:
        if presenting == self.presenting:
            return
        self.mover.cancel()
        self.presenting = self.mover.on_screen = presenting
        self.revealed = None
        self.filter_bar.setVisible(not presenting)
        self.panel.show_case(None if presenting or closing else self._selected_id())
        self.panel.setVisible(not presenting)
        self.surface.set_presenting(presenting)
        self.setStyleSheet(PRESENTING_STYLE if presenting else "")
        reveal = REVEAL_HINT if self.may_reveal else ""
        self.hint.setText(PRESENTING_HINT + reveal if presenting else LIFT_HINT)
        if closing:
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            return
        if presenting:
            self.showFullScreen()
        else:
            self.showNormal()
        self.activateWindow()

    def _selected_id(self) -> UUID | None:
        card = self.surface.selected()
        return card.case_id if card else None

    def reveal(self) -> None:
        """Show the selected card's case to the room, until it is deselected."""
        case_id = self._selected_id()
        if not (self.presenting and self.may_reveal and case_id):
            return
        self.revealed = None if self.revealed == case_id else case_id
        self.panel.show_case(self.revealed)
        self.panel.setVisible(self.revealed is not None)

    def _board_key(self, event: QKeyEvent) -> bool:
        if self.mover.handle_key(event):
            return True
        key = event.key()
        if self.presenting and key == Qt.Key.Key_Escape:
            self.set_presenting(False)
            return True
        if self.presenting and key == Qt.Key.Key_R and not event.modifiers():
            self.reveal()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._board_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._board_key(event):
            super().keyPressEvent(event)

    # the window coming and going

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (locked, or closed): nothing stays revealed."""
        self.mover.cancel()
        if self.revealed is not None:
            self.revealed = None
            self.panel.show_case(None)
            self.panel.setVisible(not self.presenting)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_presenting(False, closing=True)
        self.ticker.stop()
        super().closeEvent(event)

    # paper

    def print_board(self) -> None:
        """The board as it is shown, on one landscape page, through the station's print path."""
        from cocdesk.gui.printing import print_document

        document = board_pdf(self.vault.procedure.matrix, self.shown_cards(), now(), event=self.vault.event)
        done = print_document(self, document, "the board")
        if done is None:
            return
        try:
            record(self.vault, Paper("the board", "board"), done)
        except VaultError as error:
            prompts.tell(self, "The print was not recorded", str(error))
