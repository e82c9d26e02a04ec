"""Adding a member (the CoC team lead), and changing one's own passphrase (anyone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from cocdesk.domain import Member, Role
from cocdesk.gui import dialogs, style
from cocdesk.gui.forms.ui_add_member_dialog import Ui_AddMemberDialog
from cocdesk.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from cocdesk.gui.passphrase_form import PassphraseForm
from cocdesk.gui.session import Session
from cocdesk.gui.window_keys import opens_in_first_field


def _busy(dialog: QDialog, message: Any, text: str) -> None:
    message.setText(text)
    style.mark_problem(message, False)
    dialog.setCursor(Qt.CursorShape.BusyCursor)
    dialog.repaint()


def _align_labels(*labels: QLabel) -> None:
    """Labels of two stacked forms, one width: their fields then start on one line."""
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)


def _name_buttons(box: QDialogButtonBox, accept: str) -> None:
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(accept)
    ok.setAccessibleName(accept.replace("&", ""))
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")


class AddMemberDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddMemberDialog()
        self.ui.setupUi(self)
        opens_in_first_field(self)
        self.session = session
        self.added: Member | None = None
        for role in Role:
            self.ui.member_role_combo.addItem(role.label, role)
        self.passphrase = PassphraseForm.inside(
            self.ui.passphrase_holder,
            lambda: [self.ui.member_name_edit.text(), session.read(lambda desk: desk.event.name, "")],
        )
        form = self.passphrase.ui
        _align_labels(
            self.ui.member_name_label,
            self.ui.member_role_label,
            form.new_passphrase_label,
            form.repeat_passphrase_label,
            form.strength_caption,
        )
        _name_buttons(self.ui.add_member_buttons, "&Add member")
        self.ui.add_member_buttons.accepted.connect(self._add)
        self.ui.add_member_buttons.rejected.connect(self.reject)

    def _add(self) -> None:
        name = self.ui.member_name_edit.text().strip()
        problem = "Type the new member's name." if not name else self.passphrase.problem()
        if problem:
            self._say(problem)
            return
        if not self.passphrase.accept_weak(self):
            return
        role = Role(self.ui.member_role_combo.currentData())  # Qt hands string enums back as strings
        _busy(self, self.ui.add_member_message, "Adding…")
        secret = self.passphrase.passphrase()

        def add(desk: Any) -> None:
            self.added = desk.add_member(name, role, secret)

        try:
            done = dialogs.act_here(self.session, add, self._say)
        finally:
            self.unsetCursor()
        if not done:
            return
        self.passphrase.clear()
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.add_member_message.setText(text[:1].upper() + text[1:])
        style.mark_problem(self.ui.add_member_message, True)


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        opens_in_first_field(self)
        self.session = session
        member, event = session.desk.member.name, session.desk.event.name
        self.setWindowTitle(f"Change the passphrase of {member}")
        self.passphrase = PassphraseForm.inside(self.ui.passphrase_holder, lambda: [member, event])
        form = self.passphrase.ui
        _align_labels(
            self.ui.current_passphrase_label,
            form.new_passphrase_label,
            form.repeat_passphrase_label,
            form.strength_caption,
        )
        _name_buttons(self.ui.change_buttons, "&Save the new passphrase")
        self.ui.change_buttons.accepted.connect(self._change)
        self.ui.change_buttons.rejected.connect(self.reject)

    def _change(self) -> None:
        old = self.ui.current_passphrase_edit.text()
        problem = "Type your current passphrase first." if not old else self.passphrase.problem()
        if problem:
            self._say(problem)
            return
        if not self.passphrase.accept_weak(self):
            return
        _busy(self, self.ui.change_message, "Changing…")
        new = self.passphrase.passphrase()
        try:
            done = dialogs.act_here(self.session, lambda desk: desk.change_passphrase(old, new), self._say)
        finally:
            self.unsetCursor()
        if not done:
            self.ui.current_passphrase_edit.clear()
            self.ui.current_passphrase_edit.setFocus()
            return
        self.ui.current_passphrase_edit.clear()
        self.passphrase.clear()
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.change_message.setText(text)
        style.mark_problem(self.ui.change_message, True)
