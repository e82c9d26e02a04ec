"""The station as a whole: which screen is up (first run, unlock, main window), locking and resuming,
the idle lock, the lock when the desk is left (screen saver, session lock, sleep) and the clipboard.

Locking saves what is being typed, hides every window that shows case data, clears copied case text
and closes the vault, which drops its key. Unlocking as the same member brings the same windows back
exactly as they were; another member gets a fresh main window of their own. A question the station
waits on in a dialog's own event loop cannot wait through a lock: the lock cancels it, its caller goes
on as if the member had said Cancel, and the member asks again after unlocking. Ctrl+L locks from
every window and dialog, not only the main window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from cocdesk.flow.idle import IdleClock
from cocdesk.gui import dialogs, screen_fit, window_keys
from cocdesk.gui.clipboard import ClipboardGuard
from cocdesk.gui.desk_left import Buses, DeskLeftWatcher
from cocdesk.gui.idle import IdleWatcher
from cocdesk.gui.lock_key import LockKey
from cocdesk.gui.typing_place import TypingPlace
from cocdesk.gui.unlock import UnlockWindow
from cocdesk.gui.windows import live_windows

if TYPE_CHECKING:
    from cocdesk.desk import Desk
    from cocdesk.gui.session import Session


class Station(QObject):
    finished = Signal()  # the station closed: the application quits

    def __init__(self, vault_path: Path, demo_note: str = "", buses: Buses | None = None) -> None:
        """``vault_path``: the vault to unlock; with no vault there yet, the first run sets one up there
        (the default location, or the path the user named). ``buses``: where to hear that the desk was
        left (the machine's own D-Bus system and session bus unless given)."""
        super().__init__()
        self.vault_path = vault_path
        self.demo_note = demo_note
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.clipboard = ClipboardGuard(app.clipboard())
        self.idle = IdleWatcher(IdleClock(5 * 60))
        self.idle.idle.connect(self.lock)
        self.desk_left = DeskLeftWatcher(buses, self)
        self.desk_left.left.connect(self.lock)
        self.lock_key = LockKey()
        self.lock_key.pressed.connect(self.lock)
        self.contrast_key = window_keys.contrast_by_keys()
        screen_fit.windows_within_screen()
        self._session: Session | None = None  # made after the unlock screen paints: it loads the desk
        self.window: Any = None  # the MainWindow of the member who unlocked last
        self.unlock_window: UnlockWindow | None = None
        self.first_run: Any = None
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._cursor = TypingPlace(None)
        self._spare: Any = None  # a main window built ahead, for whoever unlocks next

    @property
    def session(self) -> Session:
        """The one holder of the open desk: every window and dialog asks it, none keeps a desk."""
        if self._session is None:
            from cocdesk.gui.session import Session

            self._session = Session(self)
        return self._session

    def _is_open(self) -> bool:
        return self._session is not None and self._session.is_open

    # the screens

    def start(self) -> None:
        if self.vault_path.exists():
            self.show_unlock()
        else:
            self.show_first_run(self.vault_path)

    def show_unlock(self, member: str | None = None) -> None:
        if self.unlock_window is None or self.unlock_window.vault_path != self.vault_path:
            if self.unlock_window is not None:
                self.unlock_window.deleteLater()
            self.unlock_window = UnlockWindow(lambda: self.session, self.vault_path, self.demo_note)
            self.unlock_window.sig_unlocked.connect(self.unlocked)
            self.unlock_window.sig_open_other.connect(self._open_other)
            self.unlock_window.sig_create_new.connect(self.show_first_run)
            self.unlock_window.sig_closed.connect(self.quit)
            self.unlock_window.sig_checked.connect(lambda: QTimer.singleShot(0, self._warm_up))
            screen_fit.open_within_screen(self.unlock_window, screen_fit.WINDOW_SIZE)
        self.unlock_window.prepare(member)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def _warm_up(self) -> None:
        """Build a main window while the member types, so that unlocking only has to fill it."""
        from cocdesk.gui.main_window import MainWindow

        if self._spare is None:
            self._spare = MainWindow(self.session, self.clipboard, demo=bool(self.demo_note))

    def _open_other(self, path: str) -> None:
        self.vault_path = Path(path)
        self.show_unlock()

    def show_first_run(self, path: str | Path) -> None:
        from cocdesk.gui.first_run import FirstRunWizard

        self.vault_path = Path(path)
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.first_run = FirstRunWizard(self.vault_path)
        self.first_run.sig_created.connect(self._created)
        self.first_run.rejected.connect(self._first_run_cancelled)
        self.first_run.show()
        self.first_run.activateWindow()

    def _created(self, desk: Desk) -> None:
        self.vault_path = self.first_run.vault_path  # the person may have chosen another place
        self.unlocked(desk)

    def _first_run_cancelled(self) -> None:
        if not self._is_open() and self.vault_path.exists():
            self.show_unlock()
        elif not self._is_open():
            self.finished.emit()

    # unlocking, locking, quitting

    def unlocked(self, desk: Desk) -> None:
        """``desk`` was just opened (unlocked or created): the session holds it from now on."""
        from cocdesk.gui.main_window import MainWindow

        same = self.window is not None and self.window.member and self.window.member.id == desk.member.id
        if not same:
            self._discard_window()
        self.session.open(desk)  # the wizard, the board and the dialogs left open follow the session
        if same:
            self.window.opened()
            for window in self._hidden:
                if isValid(window):  # not deleted with a dialog the lock cancelled
                    window.show()
            if self._focus is not None and isValid(self._focus):
                self._focus.window().activateWindow()
                self._focus.setFocus()
                self._cursor.restore()
            else:
                self.window.activateWindow()
        else:
            spare = self._spare or MainWindow(self.session, self.clipboard, bool(self.demo_note))
            self.window, self._spare = spare, None
            self.window.opened()
            self.window.sig_lock_requested.connect(self.lock)
            self.window.sig_quit_requested.connect(self.quit)
            self.window.sig_event_closed.connect(self.event_closed)
            self.window.show()
            self.window.activateWindow()
            self.window.case_list.ui.case_table.setFocus()
        self._hidden, self._focus = [], None
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.idle.start(desk.event.auto_lock_minutes * 60)
        self.desk_left.start()  # listens from the first unlock until the station closes
        self.lock_key.start(self.window.ui.lock_action.shortcut())
        self.window.handover.show_if_unseen()  # over the window, before the list is used

    def _discard_window(self) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()  # its dialogs, and the case data they show, go with it
            self.window = None

    def lock(self) -> None:
        if not self._is_open():
            if self.unlock_window is not None and self.unlock_window.unlocking:
                self.unlock_window.left_meanwhile = True  # the desk it is opening stays locked
            return
        self.idle.stop()
        self.lock_key.stop()
        member = self.session.desk.member.name
        if self.window is not None:
            self.window.prepare_to_lock()
        shown = [w for w in live_windows() if w.isVisible() and w is not self.unlock_window]
        questions = [w for w in shown if isinstance(w, QDialog) and _waits_for_an_answer(w)]
        self._focus = _typing_that_stays(QApplication.focusWidget(), questions)
        self._cursor = TypingPlace(self._focus)
        self._hidden = []
        for window in shown:
            if window in questions:
                window.reject()  # its caller hears "cancelled" once the lock is done; asked again later
            elif window.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                self._hidden.append(window)
            window.hide()
        self.clipboard.clear_now()
        self.session.wait_for_background()
        self.session.close()
        self.show_unlock(member)
        QTimer.singleShot(0, self._warm_up)  # in case someone else unlocks next

    def event_closed(self, sentence: str) -> None:
        """The event was closed and its vault destroyed: nothing is left to unlock. Say so, and close."""
        self.session.forget()  # closed by the destruction
        self.idle.stop()
        self.lock_key.stop()
        for window in live_windows():
            window.hide()
        dialogs.tell(None, "The event is closed", sentence)
        self.quit()

    def quit(self) -> None:
        if self.window is not None:
            self.window.prepare_to_lock()
        self.idle.stop()
        self.desk_left.stop()
        self.lock_key.stop()
        self.contrast_key.stop()
        self.clipboard.clear_now()
        if self._session is not None:
            self._session.wait_for_background()
            self._session.close()
        for window in live_windows():
            window.hide()
        self._discard_window()
        if self._spare is not None:
            self._spare.deleteLater()
            self._spare = None
        self.finished.emit()


def _waits_for_an_answer(dialog: QDialog) -> bool:
    """A question whose caller waits in the dialog's own event loop (``exec()`` makes it application
    modal), or a message box, file or print dialog however it was opened. Hiding it would end that loop
    as if cancelled, and showing it again after the unlock would show a dialog nobody waits for."""
    modality = dialog.windowModality()
    asking = isinstance(dialog, QMessageBox | QFileDialog) or dialog.inherits("QAbstractPrintDialog")
    return asking or modality == Qt.WindowModality.ApplicationModal


def _typing_that_stays(focus: QWidget | None, cancelled: Sequence[QWidget]) -> QWidget | None:
    """Where typing resumes after the unlock: the focused field, or, when the lock cancels its dialog,
    the field last focused in the window that opened the dialog."""
    while focus is not None and focus.window() in cancelled:
        opener = focus.window().parentWidget()
        focus = opener.window().focusWidget() if opener is not None else None
    return focus
