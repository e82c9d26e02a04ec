"""Small pieces every wizard page shares: the field editor's contract, labels, times, text sizes."""

from __future__ import annotations

import itertools
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

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


def literal(text: str) -> str:
    """``text`` (the procedure's or a person's words) for a button or a buddied label, its "&" shown as
    written: Qt reads a single "&" as a mnemonic, so "Q&A" would show as "QA" and take Alt+A."""
    return text.replace("&", "&&")


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


class WrappingCheck(QWidget):
    """A check box whose text ("&" included, as written) wraps to the width it is given (its own text
    never wraps, and a long one pushed the whole page wider than the window). ``box`` is the check box
    itself: it takes the focus, carries the accessible name (the whole text) and reports ``toggled``;
    a click on the text ticks it too, as a check box's own text would.

        row = WrappingCheck("Keep the reporter's identity private from everyone except …")
        row.box.toggled.connect(...)
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text.removesuffix(" *"))
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label = _TickingLabel(literal(text), self.box, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.box.installEventFilter(self)

    def text(self) -> str:
        return self.label.text().replace("&&", "&")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The text is greyed with its box, and says why the box cannot be ticked, as the box does."""
        if watched is self.box and event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(self.box.isEnabled())
        elif watched is self.box and event.type() == QEvent.Type.ToolTipChange:
            self.label.setToolTip(self.box.toolTip())
        return False


class _TickingLabel(QLabel):
    """The check box's text: wrapped, its buddy, and a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(120)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if self.box.isEnabled():
                self.box.setFocus(Qt.FocusReason.MouseFocusReason)
                self.box.click()
            return
        super().mouseReleaseEvent(event)


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
