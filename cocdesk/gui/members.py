"""The team, as the CoC team lead manages it: add members, change their roles, remove them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from cocdesk.domain import Member, Role
from cocdesk.gui import dialogs, style
from cocdesk.gui.forms.ui_members_dialog import Ui_MembersDialog
from cocdesk.gui.member_dialogs import AddMemberDialog
from cocdesk.gui.session import Session
from cocdesk.gui.window_keys import opens_in_first_field


class MembersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MembersDialog()
        self.ui.setupUi(self)
        opens_in_first_field(self)
        self.session = session
        self.add_dialog: AddMemberDialog | None = None
        self.members: list[Member] = []
        for role in Role:
            self.ui.role_combo.addItem(role.label, role)
        self.ui.members_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.members_table.itemSelectionChanged.connect(self._selected)
        self.ui.add_member_button.clicked.connect(self._add)
        self.ui.change_role_button.clicked.connect(self._change_role)
        self.ui.remove_member_button.clicked.connect(self._remove)
        close = self.ui.members_buttons.button(self.ui.members_buttons.StandardButton.Close)
        close.setAccessibleName("Close")
        self.resize(680, 440)
        self.refresh()
        session.sig_opened.connect(self._reopened)

    def _reopened(self) -> None:
        """Unlocked again (the dialog was left open): the team as it is now."""
        chosen = self.selected()
        self.refresh(select=chosen.name if chosen else None)

    def _me(self) -> Any:
        return self.session.read(lambda desk: desk.member.id, None)

    def refresh(self, select: str | None = None) -> None:
        self.members = self.session.read(lambda desk: desk.members(), self.members)
        me = self._me()
        table = self.ui.members_table
        table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            you = " (you)" if member.id == me else ""
            table.setItem(row, 0, QTableWidgetItem(member.name + you))
            table.setItem(row, 1, QTableWidgetItem(member.role.label))
        names = [m.name for m in self.members]
        table.selectRow(names.index(select) if select in names else 0)

    def selected(self) -> Member | None:
        rows = self.ui.members_table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(member.role))
        self.ui.remove_member_button.setEnabled(member is not None and member.id != self._me())

    def _add(self) -> None:
        self.add_dialog = AddMemberDialog(self.session, self)
        self.add_dialog.accepted.connect(self._added)
        self.add_dialog.open()

    def _added(self) -> None:
        added = self.add_dialog.added if self.add_dialog else None
        if added is not None:
            self.refresh(select=added.name)
            self._say(f"{added.name} can now unlock the station as {added.role.label}.")

    def _change_role(self) -> None:
        member = self.selected()
        role = Role(self.ui.role_combo.currentData())  # Qt hands string enums back as strings
        if member is None or role == member.role:
            return
        if member.id == self._me() and not dialogs.ask(
            self,
            "Change your own role",
            f"You will no longer be {member.role.label}; as {role.label} you may not manage the team.",
            yes="&Change my role",
        ):
            return
        done = f"{member.name} is now {role.label}."
        self._run(lambda desk: desk.change_role(member.name, role), member.name, done)

    def _remove(self) -> None:
        member = self.selected()
        if member is None or not dialogs.ask(
            self,
            "Remove a member",
            f"Remove {member.name} from the team? The vault is re-keyed, so their passphrase, or any old"
            " copy of their key, opens nothing from now on.",
            yes="&Remove",
        ):
            return
        self._run(lambda desk: desk.remove_member(member.name), None, f"{member.name} was removed.")

    def _run(self, change: Callable[[Any], object], select: str | None, done: str) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            ok = dialogs.act_here(
                self.session, change, lambda said: self._say(said[:1].upper() + said[1:], problem=True)
            )
        finally:
            self.unsetCursor()
        if ok:
            self.refresh(select)
            self._say(done)

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.members_message.setText(text)
        style.mark_problem(self.ui.members_message, problem)
