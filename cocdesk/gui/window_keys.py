"""What every window and dialog of the station does with the keyboard, in one place.

    opens_in_first_field(window)   # once, in its constructor: it opens with the keyboard in its first field
    focus_first(window)      # a new page, a screen ready again: the keyboard goes to the first field
    closes_by_keys(window)   # a window beside the main one: Esc and Ctrl+W close it
    contrast_by_keys()       # once, for the station: Ctrl+Shift+H switches high contrast in every window

The first field is the first control in tab order that takes typing or a pick (a text box, a list,
a number); a window with none starts on its first control. A control marked with ``FIRST_FIELD`` is
where typing starts even when fields come before it (the passphrase, with the member already picked).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from cocdesk.gui import style
from cocdesk.gui.lock_key import LockKey

HIGH_CONTRAST_KEYS = "Ctrl+Shift+H"  # the main window's View → High contrast shows it
FIRST_FIELD = "first_field"  # a dynamic property: typing starts here, whatever comes before it


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab reaches now, in Tab's order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in found:
        if root.isAncestorOf(widget) and _takes_tab(widget, root):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisibleTo(root)
    )


def is_field(widget: QWidget) -> bool:
    """A control that takes typing or a pick from a list; read-only text is not one."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox | QComboBox | QAbstractItemView)


def first_field(
    root: QWidget, *, fields_only: bool = True, among: Sequence[QWidget] | None = None
) -> QWidget | None:
    """Where the keyboard goes when ``root`` opens: a marked control, else the first field, else the
    first control. ``fields_only=False`` takes the first control whatever it is (a wizard step that
    asks a yes/no question first). ``among``: the controls in their order, when the root keeps its own
    (the wizard orders Tab by its layout); by default, Tab's chain."""
    chain = focus_chain(root) if among is None else [w for w in among if _takes_tab(w, root)]
    marked = [widget for widget in chain if widget.property(FIRST_FIELD)]
    fields = [widget for widget in chain if is_field(widget)] if fields_only else []
    for choice in (marked, fields, chain):
        if choice:
            return choice[0]
    return None


def focus_first(
    root: QWidget, *, fields_only: bool = True, among: Sequence[QWidget] | None = None
) -> QWidget | None:
    """Put the keyboard in ``root``'s first field, as if tabbed into; the control, or None."""
    widget = first_field(root, fields_only=fields_only, among=among)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    return widget


def opens_in_first_field(window: QWidget, *, fields_only: bool = True) -> None:
    """``window`` opens with the keyboard in its first field, unless its code put it in a field already.
    Only the first showing: a window shown again after a lock keeps the place the member left."""
    window.installEventFilter(_FirstShow(window, fields_only))


class _FirstShow(QObject):
    def __init__(self, window: QWidget, fields_only: bool) -> None:
        super().__init__(window)
        self.window, self.fields_only = window, fields_only

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            focused = self.window.focusWidget()
            if focused is None or not is_field(focused) or not focused.isEnabled():
                focus_first(self.window, fields_only=self.fields_only)
        return False


def mark_first_field(widget: QWidget) -> QWidget:
    widget.setProperty(FIRST_FIELD, True)
    return widget


def closes_by_keys(window: QWidget) -> QShortcut:
    """Esc and Ctrl+W close ``window``, wherever the keyboard is in it. A control that uses Esc itself
    (a list's open popup, a card being moved) keeps it: only an Esc it leaves reaches the window."""
    shortcut = QShortcut(QKeySequence("Ctrl+W"), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(window.close)
    window.installEventFilter(_EscapeCloses(window))
    return shortcut


class _EscapeCloses(QObject):
    """Esc that no control used closes the window (QDialog does this itself; a plain window does not)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.window.close()
            return True
        return False


def contrast_by_keys() -> LockKey:
    """Ctrl+Shift+H switches high contrast from every window and dialog: the unlock screen (the first
    screen anyone meets), the board on the projector, a dialog. The main window's View menu action
    carries the key as its shortcut; where that shortcut does not reach, the press arrives as a plain
    key press, which this turns into the switch. Keep the returned filter alive (the station does)."""
    key = LockKey()
    key.pressed.connect(style.look().switch)
    key.start(QKeySequence(HIGH_CONTRAST_KEYS))
    return key
