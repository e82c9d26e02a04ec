"""What the board's tests share: a board on a session holding a real desk, answering the reason prompt
(and the sentences the station says), moving cards by drag and drop as Qt delivers it, and every text
the board shows or paints."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPicture
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cocdesk.desk import Desk
from cocdesk.gui import dialogs
from cocdesk.gui.board import BoardWindow, prompts
from cocdesk.gui.board.model import FACE_ROLE
from cocdesk.gui.board.views import CardListView
from cocdesk.gui.session import Session

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


class Reasons:
    """Stands in for the person answering "why move it?": each answer in turn, None for Cancel; and
    keeps every sentence the board or the session says in a message box."""

    def __init__(self, monkeypatch, *answers: str | None) -> None:
        self.answers = list(answers)
        self.questions: list[tuple[str, bool]] = []
        monkeypatch.setattr(prompts, "ask_rationale", self._ask)
        self.told: list[str] = []
        monkeypatch.setattr(dialogs, "tell", lambda parent, title, sentence: self.told.append(sentence))

    def _ask(self, parent, question, *, on_screen=False):
        self.questions.append((question, on_screen))
        return self.answers.pop(0)


def session_of(desk: Desk) -> Session:
    """The station's session holding ``desk``, as after an unlock."""
    session = Session()
    session.open(desk)
    return session


def open_board(qtbot, session: Session) -> BoardWindow:
    window = BoardWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts (Ctrl+Z, F5) need the window active
    return window


def card_titles(view: CardListView) -> list[str]:
    return [card.title for card in view.cards.cards]


def card_id(window: BoardWindow, title: str):
    return next(c.case_id for c in window.shown_cards() if c.title == title)


def drag(source: CardListView, title: str, target: CardListView) -> None:
    """Drag the card titled ``title`` from ``source`` and drop it on ``target``, as Qt delivers a drag."""
    row = card_titles(source).index(title)
    mime = source.model().mimeData([source.model().index(row, 0)])
    at = target.viewport().rect().center()  # enter and move take a QPoint, the drop a QPointF
    where = QPointF(at)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, actions, mime, buttons, none)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted(), "the quadrant refused the card"
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(at, actions, mime, buttons, none))
    drop = QDropEvent(where, actions, mime, buttons, none, QEvent.Type.Drop)
    QApplication.sendEvent(target.viewport(), drop)


def click_card(qtbot, view: CardListView, title: str) -> None:
    index = view.model().index(card_titles(view).index(title), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def widget_texts(window: QWidget, *, shown_only: bool = False) -> list[str]:
    """Every text any widget of the window holds (or only those on screen), and every item of its lists."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if shown_only and not widget.isVisible():
            continue
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                texts += [str(index.data(role) or "") for role in ROLES]
                face = index.data(FACE_ROLE)
                texts += list(face.texts()) if face else []
    for action in window.actions():
        texts += [action.text(), action.toolTip()]
    return [text for text in texts if text]


def painted(window: QWidget) -> bytes:
    """Everything the window paints, recorded: its text is kept as UTF-16."""
    picture = QPicture()
    window.render(picture)
    data: Any = picture.data()
    return bytes(data) if data else b""


def found(name: str, texts: list[str], drawing: bytes) -> bool:
    return any(name in text for text in texts) or name.encode("utf-16-be") in drawing
