"""Every small modal question the station asks, in one place.

Callers use ``dialogs.ask(...)`` (through the module) so that tests can answer in place of a person.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

VAULT_FILTER = "CoC Desk vaults (*.cocdesk);;All files (*)"


def ask(parent: QWidget | None, title: str, question: str, yes: str = "Yes", no: str = "Cancel") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    refuse = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(refuse)
    box.setEscapeButton(refuse)
    accept.setAccessibleName(yes.replace("&", ""))
    refuse.setAccessibleName(no.replace("&", ""))
    box.exec()
    return box.clickedButton() is accept


def tell(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def open_vault_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open a vault", "", VAULT_FILTER)
    return path or None


def new_vault_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Create a new vault", "event.cocdesk", VAULT_FILTER)
    if path and not path.endswith(".cocdesk"):
        path += ".cocdesk"
    return path or None


def procedure_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Choose a procedure file", "", "Procedure files (*.toml);;All files (*)"
    )
    return path or None
