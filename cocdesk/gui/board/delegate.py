"""How a card is painted: code and age on top, the neutral title, the countdown, then holder and status.

An overdue countdown is red and the card's edge with it; a closed case shown among the open ones has
a dotted edge and muted words; the keyboard's card has a dashed ring inside. The colours are
``cocdesk.gui.palette``'s: the look's, or presenting the projector's (the cards grow, white on black,
and draw only what the face allows).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cocdesk.board.cards import Face
from cocdesk.gui import palette
from cocdesk.gui.board.model import FACE_ROLE, FADED_ROLE
from cocdesk.gui.palette import Palette

DESK_SIZE = QSize(248, 84)
PRESENTING_SIZE = QSize(300, 100)
PAD = 8


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.presenting = False
        self.room = 0  # the width of a row of cards; the cards share it out evenly

    def card_size(self) -> QSize:
        base = PRESENTING_SIZE if self.presenting else DESK_SIZE
        if self.room <= base.width():
            return base
        per_row = max(1, self.room // base.width())
        return QSize(self.room // per_row, base.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.card_size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        face: Face | None = index.data(FACE_ROLE)
        if face is None:
            return
        colours = palette.board(self.presenting)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        faded = bool(index.data(FADED_ROLE))  # a dotted edge and muted words: still legible, not dimmed
        edge = colours.selected if selected else colours.alert if face.overdue else colours.edge
        pen = QPen(QColor(edge), 4 if selected else 2 if face.overdue or faded else 1)
        if faded and not selected:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QColor(colours.paper))
        painter.drawRoundedRect(box, 6, 6)
        if focused:  # the keyboard's place: a dashed ring inside the edge, selected or not
            painter.setPen(QPen(QColor(colours.focus), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(5, 5, -5, -5), 4, 4)
        self._text(painter, box, face, colours, option.font, faded)
        painter.restore()

    def _text(
        self, painter: QPainter, box: QRect, face: Face, colours: Palette, base: QFont, faded: bool
    ) -> None:
        scale = 1.6 if self.presenting else 1.0
        inner = box.adjusted(PAD, PAD - 2, -PAD, -PAD)
        bold, plain, small = QFont(base), QFont(base), QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * scale * 1.1)
        plain.setPointSizeF(base.pointSizeF() * scale)
        small.setPointSizeF(base.pointSizeF() * scale * 0.9)
        line, muted, alert = self._line, QColor(colours.muted), QColor(colours.alert)
        ink = muted if faded else QColor(colours.ink)
        y = line(painter, inner, inner.top(), bold, ink, face.code, right=(face.age, small, muted))
        y = line(painter, inner, y, plain, ink, face.title)
        also = (face.also, small, QColor(colours.heading)) if face.also and not self.presenting else None
        y = line(painter, inner, y, small, alert if face.overdue else muted, face.deadline, right=also)
        if face.also and self.presenting:  # no holder on a projector: the line is the pattern's
            line(painter, inner, y, small, QColor(colours.heading), face.also)
        elif face.holder or face.status:
            line(painter, inner, y, small, muted, face.holder, right=(face.status, small, muted))

    @staticmethod
    def _line(
        painter: QPainter,
        inner: QRect,
        y: int,
        font: QFont,
        colour: QColor,
        text: str,
        right: tuple[str, QFont, QColor] | None = None,
    ) -> int:
        metrics = QFontMetrics(font)
        width = inner.width()
        if right and right[0]:
            right_metrics = QFontMetrics(right[1])
            room = max(width // 2, width - metrics.horizontalAdvance(text) - PAD)
            right_text = right_metrics.elidedText(right[0], Qt.TextElideMode.ElideRight, room)
            painter.setFont(right[1])
            painter.setPen(right[2])
            line = QRect(inner.left(), y, width, metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_text)
            width -= right_metrics.horizontalAdvance(right_text) + PAD
        painter.setFont(font)
        painter.setPen(colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(inner.left(), y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, shown)
        return y + metrics.height() + 1
