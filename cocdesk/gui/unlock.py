"""The unlock screen: pick your name, type your passphrase.

It paints before the vault package is even loaded (the names come from ``cocdesk.keynames``); the
vault loads right after, checks the files and says plainly when the vault is missing, damaged or open
in another copy of the app, with what to do next.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from cocdesk import keynames
from cocdesk.gui import dialogs, style
from cocdesk.gui.forms.ui_unlock_window import Ui_UnlockWindow
from cocdesk.gui.window_keys import focus_first, mark_first_field, opens_in_first_field

if TYPE_CHECKING:
    from cocdesk.desk import Desk
    from cocdesk.gui.session import Session

LOCKED_TITLE = "CoC Desk — locked"
WAIT_MARGIN_SECONDS = 0.25  # timers may fire early; the vault counts from the failure itself


def shown_path(path: Path) -> str:
    """The vault's path as a person reads it: their home folder as ~."""
    home = Path.home()
    absolute = path.expanduser().absolute()
    return f"~/{absolute.relative_to(home)}" if absolute.is_relative_to(home) else str(absolute)


class UnlockWindow(QWidget):
    sig_unlocked = Signal(object)  # the open Desk, for the session
    sig_open_other = Signal(str)  # the path of another vault the user chose
    sig_create_new = Signal(str)  # where the user wants a new vault
    sig_closed = Signal()  # the user closed the window: the station quits
    sig_checked = Signal()  # the vault was checked, just after the screen first painted

    def __init__(
        self,
        session: Callable[[], Session],
        vault_path: Path,
        demo_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``session`` gives the station's session when the member unlocks: the screen paints before
        the desk (and the vault below it) is even loaded."""
        super().__init__(parent)
        self.ui = Ui_UnlockWindow()
        self.ui.setupUi(self)
        self.session = session
        self.vault_path = vault_path
        self.unlocking = False  # the key is being derived off the GUI thread
        self.left_meanwhile = False  # the desk was left while it was: the desk it opens is closed again
        self.setWindowTitle(LOCKED_TITLE)
        self.setWindowIcon(style.icon("app"))
        style.emphasise(self.ui.title_label, 2.0)
        self.ui.vault_label.setText(f"Vault: {shown_path(vault_path)}")
        if demo_note:
            self.ui.vault_label.setText("Vault: a temporary demo vault, deleted when the station closes")
            self.ui.demo_banner.setText(f"{self.ui.demo_banner.text()} {demo_note}")
            self.ui.demo_banner.setVisible(True)
        self._fill_names(keynames.member_names(vault_path))
        self._wait_until = 0.0
        self._reason = ""
        self._wait_timer = QTimer(self, interval=200)
        self._wait_timer.timeout.connect(self._count_down)
        self._checked = False
        self.ui.unlock_button.clicked.connect(self.try_unlock)
        self.ui.passphrase_edit.returnPressed.connect(self.try_unlock)
        self.ui.show_passphrase_check.toggled.connect(self._reveal)
        self.ui.retry_button.clicked.connect(self.check_vault)
        self.ui.choose_vault_button.clicked.connect(self._choose_other)
        self.ui.create_vault_button.clicked.connect(self._create_new)
        mark_first_field(self.ui.passphrase_edit)  # the name is picked already: typing starts here
        opens_in_first_field(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._checked:
            self._checked = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The screen is up: now load the vault package (a third of a second) and check the vault."""
        self.check_vault()
        self.sig_checked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.sig_closed.emit()

    def _fill_names(self, names: list[str]) -> None:
        current = self.ui.member_combo.currentText()
        self.ui.member_combo.clear()
        self.ui.member_combo.addItems(names)
        if current in names:
            self.ui.member_combo.setCurrentText(current)

    def prepare(self, member: str | None) -> None:
        """Ready for the next unlock, with the member who locked already picked."""
        self._fill_names(keynames.member_names(self.vault_path))  # the team may have changed since
        self.ui.passphrase_edit.clear()
        self.ui.show_passphrase_check.setChecked(False)
        self._say("")
        if member is not None:
            self.ui.member_combo.setCurrentText(member)
        focus_first(self)

    def check_vault(self) -> None:
        """Can this vault be unlocked at all? Says what is wrong and what to do when it cannot."""
        if self.unlocking:  # the unlock holds the vault's lock meanwhile: it says itself what is wrong
            return
        from cocdesk.desk import Desk, VaultError

        try:
            names = Desk.check_unlockable(self.vault_path)
        except VaultError as error:
            self._problem(str(error))
            return
        self._fill_names(names)
        if self.ui.problem_actions.isVisible():
            self.ui.problem_actions.setVisible(False)
            self._say("")
        self._set_ready(True)

    def try_unlock(self) -> None:
        if not self.ui.unlock_button.isEnabled() or self.unlocking:
            return
        name = self.ui.member_combo.currentText()
        if not name:
            self._say("Pick your name first.", problem=True)
            return
        from cocdesk.desk import Desk, VaultError
        from cocdesk.procedure import ProcedureError

        path, passphrase = self.vault_path, self.ui.passphrase_edit.text()

        def work() -> Desk | VaultError | ProcedureError:
            """Off the GUI thread: half a second of key derivation, then the procedure read whole, so
            that nothing is ever shown over a half-read procedure."""
            try:
                desk = Desk.open(path, name, passphrase)
            except VaultError as error:
                return error
            try:
                _ = desk.procedure
            except ProcedureError as error:
                desk.close()
                return error
            return desk

        self.unlocking, self.left_meanwhile = True, False
        self._say("Unlocking…")
        self._set_ready(False)
        self.session().in_background(work, self._opened, busy="Unlocking…", failed=self._failed)

    def _failed(self, sentence: str) -> None:
        self.unlocking = False
        self._problem(sentence)

    def _opened(self, result: Desk | Exception) -> None:
        from cocdesk.desk import TooManyAttempts, UnknownMember, VaultError, WrongPassphrase

        self.unlocking = False
        if isinstance(result, WrongPassphrase | TooManyAttempts):
            self.ui.passphrase_edit.clear()
            first_sentence = str(result).split(" Wait")[0]  # the countdown below says how long to wait
            self._wait(first_sentence, result.retry_after)
            return
        if isinstance(result, UnknownMember):
            self._set_ready(True)
            self._say(str(result), problem=True)
            return
        if isinstance(result, VaultError):  # missing, damaged, in use, newer, unwritable: nothing to retype
            self._problem(str(result))
            return
        if isinstance(result, Exception):  # the event's procedure file is malformed
            self.ui.passphrase_edit.clear()
            self._set_ready(True)
            self._say(f"{str(result).rstrip('.')}. Correct the file, then unlock again.", problem=True)
            return
        self.ui.passphrase_edit.clear()
        self._set_ready(True)
        if self.left_meanwhile:  # the lid closed, or the screen saver came on, after Enter was pressed
            result.close()
            self._say("The desk was left while it was unlocking, so it stayed locked: unlock again.")
            return
        self._say("")
        self.sig_unlocked.emit(result)

    def _wait(self, reason: str, seconds: float) -> None:
        """The vault's delay after wrong passphrases: the button waits, and says for how long."""
        self._reason = reason
        if seconds < 1:
            self._set_ready(True)
            self._say(f"{reason} Check the name and try again.", problem=True)
            return
        self._wait_until = time.monotonic() + seconds + WAIT_MARGIN_SECONDS
        self._count_down()
        self._wait_timer.start()

    def _count_down(self) -> None:
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self._wait_timer.stop()
            self._set_ready(True)
            self._say(f"{self._reason} You can try again now.", problem=True)
            return
        seconds = max(1, math.ceil(left - WAIT_MARGIN_SECONDS))
        self._say(f"{self._reason} Wait {seconds} seconds before the next try.", problem=True)

    def _problem(self, message: str) -> None:
        self._reason = message
        self._say(message, problem=True)
        self._set_ready(False)
        self.ui.problem_actions.setVisible(True)
        self.ui.retry_button.setFocus()

    def _set_ready(self, ready: bool) -> None:
        """Ready: the keyboard is back in the passphrase (not on a button left from a problem, which
        would take the first keys typed), unless the member is in the name list."""
        for widget in (self.ui.unlock_button, self.ui.passphrase_edit, self.ui.member_combo):
            widget.setEnabled(ready)
        if ready and QApplication.focusWidget() is not self.ui.member_combo:
            focus_first(self)

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.message_label.setText(text)
        style.mark_problem(self.ui.message_label, problem)

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphrase_edit.setEchoMode(mode)

    def _choose_other(self) -> None:
        path = dialogs.open_vault_path(self)
        if path:
            self.sig_open_other.emit(path)

    def _create_new(self) -> None:
        """A new vault where this screen looked for one, when none is there; else where the user says."""
        if not self.vault_path.exists():
            self.sig_create_new.emit(str(self.vault_path))
            return
        path = dialogs.new_vault_path(self)
        if path:
            self.sig_create_new.emit(path)
