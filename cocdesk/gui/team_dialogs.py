"""The main window's dialogs for the team and the event: members and event settings for the CoC team
lead, a new passphrase for anyone. Each opens beside the window (not blocking it), so a lock can hide
it with the window and unlocking brings it back as it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from cocdesk.gui.member_dialogs import ChangePassphraseDialog
from cocdesk.gui.members import MembersDialog
from cocdesk.gui.settings import EventSettingsDialog


class TeamDialogs(QObject):
    team_changed = Signal()  # members or roles changed; the signed-in member's role may have too
    event_changed = Signal()  # the event's settings were saved

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.vault: Any = None
        self.dialog: QDialog | None = None  # the one opened last

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_members(self) -> None:
        members = MembersDialog(self.vault, self.window)
        members.changed.connect(self.team_changed)
        self._open(members)

    def open_change_passphrase(self) -> None:
        self._open(ChangePassphraseDialog(self.vault, self.window))

    def open_event_settings(self) -> None:
        settings = EventSettingsDialog(self.vault, self.window)
        settings.saved.connect(lambda _: self.event_changed.emit())
        self._open(settings)

    def resume(self, vault: Any) -> None:
        """Dialogs left open at a lock carry on with the reopened vault."""
        self.vault = vault
        for dialog in self.window.findChildren(QDialog):
            if hasattr(dialog, "vault"):
                dialog.vault = vault
