"""Small pieces every wizard page shares: the field editor's contract, labels, times, text sizes."""

from __future__ import annotations

import itertools
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QWidget

from cocdesk.domain import AnswerValue


class FieldEditor(QWidget):
    """One answer's editor. ``sig_edited`` fires on the user's changes only, never on ``show_value``."""

    sig_edited = Signal()

    def value(self) -> AnswerValue:
        raise NotImplementedError

    def set_value(self, value: AnswerValue) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def show_value(self, value: AnswerValue) -> None:
        """Show a stored answer, leaving the editor alone (cursor, undo) when it already says the same."""
        if not same_answer(self.value(), value):
            self.set_value(value)


def same_answer(shown: AnswerValue, stored: AnswerValue) -> bool:
    """Blank and None are one; stored text is stripped, so compare it stripped."""

    def norm(value: AnswerValue) -> AnswerValue:
        if isinstance(value, str):
            return value.strip() or None
        return None if value == [] else value

    return norm(shown) == norm(stored)


def name_it(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name a screen reader speaks (and the tests find it by)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled from the system size, so large type follows the user's setting."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.25) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setAccessibleName(text)
    return label


def note(text: str, object_name: str = "note") -> QLabel:
    """Explanatory text under a question: smaller, wrapped, selectable by keyboard for screen readers."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setFont(scaled_font(label, 0.92))
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def to_qdatetime(moment: datetime, zone: tzinfo) -> QDateTime:
    """A stored aware time as the event's wall-clock time."""
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(shown: QDateTime, zone: tzinfo) -> datetime:
    """The event's wall-clock time in an editor, as an aware time to store."""
    day, clock = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone)


def local_text(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%a %d %b, %H:%M") if moment else ""


WIZARD_NAME = "wizard"  # the object name of the wizard, the root whose tab order rows keep in step with


def order_tabs(root: QWidget) -> None:
    """Tab follows the layout, top to bottom, even through rows added after the page was built."""
    chain = focus_order(root)
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def keep_tab_order(widget: QWidget) -> None:
    """Call after adding controls: re-orders the wizard that holds ``widget``."""
    root: QWidget | None = widget
    while root is not None and root.objectName() != WIZARD_NAME:
        root = root.parentWidget()
    order_tabs(root or widget.window())


def focus_order(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that take the focus by Tab, in the order their layouts hold them."""
    found: list[QWidget] = []

    def walk(layout: QLayout | None) -> None:
        if layout is None:
            return
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child = item.widget()
            if child is not None:
                visit(child)
            else:
                walk(item.layout())

    def visit(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
        elif isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                visit(inner)
        else:
            walk(widget.layout())

    walk(root.layout())
    return found
