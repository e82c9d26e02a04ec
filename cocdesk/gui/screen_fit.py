"""Every window and dialog opens within the screen it is on: a netbook's 1024×600 as well as a desk's
2560×1440.

    open_within_screen(window, WINDOW_SIZE)   # the size it would like, or the screen's, whichever is less
    windows_within_screen()                        # once, for the station: any window or dialog shown
                                                   # larger than its screen shrinks to it, centred

A window cannot shrink below its minimum size; the layouts keep those within 1024×600.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

WINDOW_SIZE = QSize(1280, 800)  # the main window's, the unlock screen's and the board's, room permitting
FITTED = "fitted_to_screen"  # a dynamic property: the window was fitted when it first showed


def available(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (no panels or docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def open_within_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Give ``window`` its preferred size (by default its present one) or the screen's room, whichever
    is less, and centre it there; its frame counts once the window system has given it one."""
    room = available(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    wanted = preferred if preferred is not None else window.size()
    size = wanted.boundedTo(QSize(room.width() - frame.width(), room.height() - frame.height()))
    window.resize(size.expandedTo(window.minimumSize()))
    placed = window.frameGeometry()
    placed.moveCenter(room.center())
    window.move(max(room.left(), placed.left()), max(room.top(), placed.top()))
    window.setProperty(FITTED, True)


class _WithinScreen(QObject):
    """A window or dialog that shows for the first time larger than its screen (a Designer form's
    size, a dialog's own) shrinks to the screen, centred."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and not watched.property(FITTED)
        ):
            room = available(watched)
            size = watched.frameGeometry().size()
            if size.width() > room.width() or size.height() > room.height():
                open_within_screen(watched)
            watched.setProperty(FITTED, True)
        return False


_filter: _WithinScreen | None = None


def windows_within_screen() -> None:
    """Fit every window and dialog the application shows from now on (once, however often called)."""
    global _filter
    app = QApplication.instance()
    if _filter is None and app is not None:
        _filter = _WithinScreen()
        app.installEventFilter(_filter)
