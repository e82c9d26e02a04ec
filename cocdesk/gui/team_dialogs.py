"""The main window's dialogs for the team and the event: members and event settings for the CoC team
lead, a new passphrase for anyone. Each opens beside the window (not blocking it), so a lock can hide
it with the window and unlocking brings it back as it was. Each holds the session, so it carries on
with the reopened desk; what they change is announced as ``session.sig_team_changed``."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from cocdesk.gui.member_dialogs import ChangePassphraseDialog
from cocdesk.gui.members import MembersDialog
from cocdesk.gui.session import Session
from cocdesk.gui.settings import EventSettingsDialog


class TeamDialogs(QObject):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: QDialog | None = None  # the one opened last

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_members(self) -> None:
        self._open(MembersDialog(self.session, self.window))

    def open_change_passphrase(self) -> None:
        self._open(ChangePassphraseDialog(self.session, self.window))

    def open_event_settings(self) -> None:
        self._open(EventSettingsDialog(self.session, self.window))
