"""The triage board: the team's cases on the risk × impact matrix, for the meeting around the table.

F5 presents it on a projector: full screen, large type, high contrast, and only codes, neutral titles,
ages, deadlines and quadrants. A CoC team member may reveal the selected card (R): its code, title,
quadrant, deadlines and decisions, as the rendition that names no one ("[reporter]", "[witness 2]",
"[reported person]"), never a name or contact whatever is pressed; it hides again as soon as it is
deselected. Leaving takes the keyboard (F5 or Esc), so a stray click cannot.

The cards' titles (and their tooltips, and the printed board) name no one either, the reported
person included: a board is a shared screen. At the desk the side panel shows people as their roles.
"Show names" (CoC team only) is a deliberate toggle that turns itself off when presenting starts, when
the window moves to another screen, and at every lock.

The board holds the station's ``Session``, never a desk: it reads the cases the desk shows the member,
runs every move, undo and decision through ``session.run``, and follows ``sig_cases_changed``, so a
case placed in the wizard (or anywhere) moves on the open board. A member whose role may not place
cases sees the board read only, and a line at the bottom says so.

    board = BoardWindow(session, parent)   # non-modal; Esc or Ctrl+W closes it
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cocdesk.board.cards import Card, card_for, card_of
from cocdesk.board.filters import BoardFilter, Look
from cocdesk.desk import Act, CaseNotFound, Desk
from cocdesk.domain import now
from cocdesk.gui import screen_fit
from cocdesk.gui.board.filter_bar import FilterBar
from cocdesk.gui.board.folding import PANEL, board_folding
from cocdesk.gui.board.mover import LIFT_HINT, Mover
from cocdesk.gui.board.panel import SidePanel
from cocdesk.gui.board.surface import BoardSurface
from cocdesk.gui.paper_out import Paper, record
from cocdesk.gui.session import Session
from cocdesk.identity.case_names import matcher_for
from cocdesk.identity.matcher import NameMatcher
from cocdesk.paper.board import board_pdf

TICK_MS = 30_000  # ages and countdowns move on by the minute
PRESENTING_STYLE = """
BoardWindow { background: #000000; }
QLabel { color: #ffffff; }
QLabel#hint { font-size: 14pt; }
QLabel[role="axis"] { font-size: 20pt; font-weight: bold; }
"""
PRESENTING_HINT = "Presenting · F5 or Esc leaves"
PICK_UP_HINT = " · Space picks up the selected card"
REVEAL_HINT = " · R reveals it"
SHOW_NAMES_TIP = (
    "Show the names of the people in the selected case, for the CoC team at this screen only. "
    "It turns off when presenting starts, when the board moves to another screen, and at the lock."
)


def read_only_note(role: str, *, may_place: bool, may_decide: bool) -> str:
    """The status line of a board the member may only look at ("" when they may act on it)."""
    barred = [what for what, may in (("move cards", may_place), ("record decisions", may_decide)) if not may]
    if not barred:
        return ""
    return f"Read only: signed in as {role}, you may not {' or '.join(barred)} on the board."


class BoardWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("board_window")
        self.setWindowTitle("Triage board")
        self.presenting = False
        self.revealed: UUID | None = None
        self.may_reveal = self.may_place = False  # set from the desk by ``_follow_desk``
        self.member_id: object = None  # whose moves the undo history holds
        self.read_only = ""  # the status line saying what the member may not do here
        self._watched_screen = False  # screenChanged is connected once the window has a handle
        self._public: dict[UUID, NameMatcher] = {}  # each case's matcher of everyone in it, as read
        desk = session.desk
        matrix = desk.procedure.matrix
        self.filter_bar = FilterBar(matrix, [m.name for m in desk.members()], self)
        self.surface = BoardSurface(matrix, self)
        self.panel = SidePanel(session, self)
        self.panel.setFixedWidth(340)
        self.hint = QLabel(LIFT_HINT, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.mover = Mover(session, self.surface, self)
        self._commands()
        body = QHBoxLayout()
        body.addWidget(self.surface, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.filter_bar.sig_changed.connect(lambda _f: self.refresh())
        self.surface.sig_card_selected.connect(self._selected)
        self.mover.sig_moved.connect(self._moved)
        self.mover.sig_hint.connect(lambda text: self.hint.setText(text or self._resting_hint()))
        self.panel.form.sig_recorded.connect(lambda case_id: self.panel.show_case(case_id))
        session.sig_cases_changed.connect(self._cases_changed)
        session.sig_team_changed.connect(self._team_changed)
        session.sig_opened.connect(self._opened)
        session.sig_closed.connect(self._closed)
        for view in self.surface.views.values():
            view.installEventFilter(self)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(lambda: self.surface.tick(now()))
        self.ticker.start(TICK_MS)
        screen_fit.open_within_screen(self, screen_fit.WINDOW_SIZE)
        self._follow_desk(desk)
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
        self.present_action = command("Pr&esent", "F5", lambda: self.set_presenting(not self.presenting))
        self.refresh_action = command("&Refresh", "Ctrl+R", self.refresh)
        self.close_action = command("&Close the board", "Ctrl+W", self.close)
        self.names_action = QAction("Show &names", self)
        self.names_action.setCheckable(True)
        self.names_action.setToolTip(SHOW_NAMES_TIP)
        self.names_action.setVisible(False)  # the CoC team only: ``_follow_desk``
        self.names_action.toggled.connect(self.panel.set_show_names)
        self.addAction(self.names_action)
        for action in (self.undo_action, self.print_action, self.present_action, self.names_action):
            self.filter_bar.add_command(action)
        self.folding = board_folding(
            self.surface.tray_pane, self.panel, lambda pane: pane != PANEL or not self.presenting, self
        )
        for toggle in self.folding.buttons():
            self.filter_bar.buttons.addWidget(toggle)
        self.close_button = self.filter_bar.add_command(self.close_action)  # seen, not only Esc or Ctrl+W
        self.close_button.setAccessibleName("Close the board")

    def hide_names(self) -> None:
        """Names off: the panel shows people as their roles again."""
        self.names_action.setChecked(False)

    # following the session

    def _follow_desk(self, desk: Desk) -> None:
        """What the member who holds the desk may do here: move cards, decide, reveal a card."""
        if desk.member.id != self.member_id:
            self.member_id = desk.member.id
            self.mover.book.moves.clear()  # another member: nobody undoes someone else's moves
            self._public.clear()  # another member: what their role reads
            self.hide_names()
        self.may_place = desk.may(Act.PLACE)
        self.may_reveal = desk.sees_identity
        self.names_action.setVisible(desk.sees_identity)
        if not desk.sees_identity:
            self.hide_names()
        may_decide = desk.may(Act.DECIDE)
        self.read_only = read_only_note(desk.role.label, may_place=self.may_place, may_decide=may_decide)
        self.mover.enabled = self.may_place
        self.surface.set_movable(self.may_place)
        self.panel.set_may_decide(may_decide)
        self.undo_action.setEnabled(self.may_place and bool(self.mover.book.moves))
        self.hint.setText(self._resting_hint())

    def _resting_hint(self) -> str:
        if self.presenting:
            pick_up = PICK_UP_HINT if self.may_place else ""
            reveal = REVEAL_HINT if self.may_reveal else ""
            return PRESENTING_HINT + pick_up + reveal
        return self.read_only or LIFT_HINT

    def _cases_changed(self, ids: list[str]) -> None:
        """Some act changed cases (here, in the wizard, anywhere): the board shows them as they are now.

        Only the cards of the cases named are read again (a move among 500 cases reads one case); an
        announcement naming none ("any of them") reads every case."""
        for named in ids:
            self._public.pop(UUID(named), None)
        if not ids:
            self._public.clear()
        if not self.isVisible():
            return
        changed = self.session.read(lambda desk: self._cards_of(desk, ids), None) if ids else None
        if changed is None:
            self.refresh()
            return
        board_filter, at = self.board_filter(), now()
        for case_id, card in changed.items():
            self._show_card(case_id, card, board_filter, at)
        if self.panel.case_id in changed:
            self.panel.show_case(self.panel.case_id)  # what was typed in the form stays

    def _cards_of(self, desk: Desk, ids: list[str]) -> dict[UUID, Card | None]:
        """The card of each case named, as the desk shows it now (naming no one, like every card);
        None for a case it no longer shows."""
        cards: dict[UUID, Card | None] = {}
        for case_id in ids:
            try:
                case = desk.case(case_id, timeline=False)
            except (CaseNotFound, ValueError):
                cards[UUID(case_id)] = None
                continue
            self._public[case.id] = matcher_for(case, everyone=True)
            cards[case.id] = card_of(desk.as_shared(case), also_in=desk.board_links(case.id))
        return cards

    def _public_card(self, desk: Desk, card: Card) -> Card:
        """``card`` with a title that names no one: the list row withholds the reporter and the
        witnesses; a shared screen withholds the reported people too."""
        matcher = self._public.get(card.case_id)
        if matcher is None:
            try:
                matcher = matcher_for(desk.case(card.case_id, timeline=False), everyone=True)
            except CaseNotFound:
                return replace(card, title="")
            self._public[card.case_id] = matcher
        title = matcher.withhold(card.title)
        return card if title == card.title else replace(card, title=title)

    def _show_card(self, case_id: UUID, card: Card | None, board_filter: BoardFilter, at: datetime) -> None:
        """Put the case's card where it belongs now, as it reads now; or take it off the board."""
        look = board_filter.look(card) if card is not None else Look.HIDDEN
        view = self.surface.view_of(case_id)
        if card is None or look is Look.HIDDEN:
            if view is not None:
                view.cards.take(case_id)
            return
        if view is None:
            model = self.surface.views[card.quadrant].cards
            model.put(card)
        else:
            self.surface.place(case_id, card.quadrant)  # a selected card stays selected
            model = self.surface.views[card.quadrant].cards
            row = model.row_of(case_id)
            model.cards[row] = card
            model.dataChanged.emit(model.index(row), model.index(row))
        if look is Look.FADED:
            model.faded.add(case_id)
        else:
            model.faded.discard(case_id)

    def _team_changed(self) -> None:
        names = self.session.read(lambda desk: [m.name for m in desk.members()], None)
        if names is not None:
            self.filter_bar.set_members(names)
            self.panel.form.set_members(names)

    def _opened(self) -> None:
        """Unlocked again: carry on with the desk now open (the move history is kept)."""
        self._follow_desk(self.session.desk)
        self._team_changed()
        self.refresh()

    def _closed(self) -> None:
        """Locked: nothing stays picked up or revealed, and names are off."""
        self._public.clear()
        self.mover.cancel()
        self._unreveal()
        self.hide_names()

    def _screen_changed(self) -> None:
        """The board moved to another screen (a projector, perhaps): names are off."""
        self.hide_names()

    # what the board shows

    def board_filter(self) -> BoardFilter:
        return self.filter_bar.current()

    def cards(self) -> list[Card]:
        """The cards of the cases the desk shows this member (nothing while locked)."""
        return self.session.read(lambda desk: [self._public_card(desk, card) for card in _cards(desk)], [])

    def refresh(self) -> None:
        """Read the cases afresh: a placement made in the wizard, or by another member, shows up."""
        self.mover.cancel()
        if self.session.is_open:
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
        self.undo_action.setEnabled(self.may_place and bool(self.mover.book.moves))
        if case_id is None:
            self.refresh()
        elif self.panel.case_id == case_id:
            self.panel.show_case(case_id)

    # presenting

    def set_presenting(self, presenting: bool, *, closing: bool = False) -> None:
        if presenting == self.presenting:
            return
        self.mover.cancel()
        if presenting:
            self.hide_names()
        self.presenting = self.mover.on_screen = presenting
        self.revealed = None
        self.filter_bar.setVisible(not presenting)
        self.panel.set_presenting(presenting)
        self.panel.show_case(None if presenting or closing else self._selected_id())
        self.surface.set_presenting(presenting)
        self.folding.resized(self.width())  # the panel away while presenting, back after
        self.setStyleSheet(PRESENTING_STYLE if presenting else "")
        self.hint.setText(self._resting_hint())
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
        if key == Qt.Key.Key_Escape and not event.modifiers():
            if self.presenting:
                self.set_presenting(False)
            else:
                self.close()
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
        handle = self.windowHandle()
        if handle is not None and not self._watched_screen:
            handle.screenChanged.connect(lambda _screen: self._screen_changed())
            self._watched_screen = True
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.folding.resized(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (locked, or closed): nothing stays revealed."""
        self.mover.cancel()
        self._unreveal()
        super().hideEvent(event)

    def _unreveal(self) -> None:
        if self.revealed is not None:
            self.revealed = None
            self.panel.show_case(None)
            self.panel.setVisible(not self.presenting)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_presenting(False, closing=True)
        self.ticker.stop()
        super().closeEvent(event)

    # paper

    def print_board(self) -> None:
        """The board as it is shown, on one landscape page, through the station's print path."""
        from cocdesk.gui.printing import print_document

        cards = self.shown_cards()
        document = self.session.read(
            lambda desk: board_pdf(desk.procedure.matrix, cards, now(), event=desk.event), None
        )
        if document is None:
            return
        done = print_document(self, document, "the board")
        if done is None:
            return
        self.session.run(
            lambda desk: record(desk, Paper("the board", "board"), done),
            changed=None,
            parent=self,
            title="The print was not recorded",
        )


def _cards(desk: Desk) -> list[Card]:
    """Every case's card, a held one marked (the board shows it nowhere) and each with the other
    reports its reported person is confirmed in, by code."""
    held, linked = desk.held_ids(), desk.linked_codes()
    return [
        card_for(s, held=str(s.id) in held, also_in=tuple(linked.get(str(s.id), ())))
        for s in desk.cases(withheld=True)
    ]
