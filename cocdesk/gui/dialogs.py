"""Every small modal question the station asks, in one place.

Callers use ``dialogs.ask(...)`` (through the module) so that tests can answer in place of a person.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from cocdesk.gui.session import Session

VAULT_FILTER = "CoC Desk vaults (*.cocdesk);;All files (*)"
PDF_FILTER = "PDF (*.pdf)"


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


def act_here(session: Session, act: Callable[[Any], object], say: Callable[[str], None]) -> bool:
    """A team or event act of a dialog that says its problems in its own message line rather than in a
    message box: True when done (the session then tells ``sig_team_changed``)."""
    from cocdesk.procedure import ProcedureError

    said: list[str] = []

    def heard(sentence: str) -> None:
        said.append(sentence)

    def checked(desk: Any) -> bool:
        try:
            act(desk)
        except ProcedureError as error:  # a malformed procedure file named in the settings
            from cocdesk.desk import InvalidEdit

            raise InvalidEdit(str(error)) from None
        return True

    session.sig_problem.connect(heard)
    try:
        done = session.run(checked, changed=None, tell=False)
    finally:
        session.sig_problem.disconnect(heard)
    if not done:
        say(said[0] if said else "That could not be done.")
        return False
    session.sig_team_changed.emit()
    return True


def in_background_blocking(
    session: Session,
    window: QWidget,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    *,
    busy: str,
    failed: Callable[[str], None],
) -> None:
    """Long work on the open desk (an export of many cases, the transparency report) off the GUI thread:
    the window keeps painting, but takes no input meanwhile, so that no other act reaches the desk
    until the work is done (the main window saves what is being typed when ``sig_busy`` starts)."""
    window.setEnabled(False)

    def finish(value: Any) -> None:
        window.setEnabled(True)
        done(value)

    def stop(sentence: str) -> None:
        window.setEnabled(True)
        failed(sentence)

    session.in_background(work, finish, busy=busy, failed=stop)


def open_vault_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open a vault", "", VAULT_FILTER)
    return path or None


def new_vault_path(parent: QWidget | None) -> str | None:
    path = save_path(parent, "Create a new vault", "event.cocdesk", VAULT_FILTER, "cocdesk")
    if path and not path.endswith(".cocdesk"):
        path += ".cocdesk"  # a vault that already exists there is refused when it is created
    return path


def pdf_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save a PDF, offered in the user's documents folder; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return save_path(parent, title, str(Path(folder) / file_name), PDF_FILTER, "pdf")


def save_path(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, suffix: str
) -> str | None:
    """Where to save a new file; None when the user cancels.

    The dialog asks before it replaces an existing file, and adds ``suffix`` itself to a name typed
    without one, so the file it asks about is the file written. A vault's own files are refused
    (the sentence says why) and the dialog opens again."""
    from cocdesk.outputs import OutputRefused, check_output_path  # the vault's package: not before a save

    while True:
        dialog = save_dialog(parent, title, suggested, name_filter, suffix)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
        try:
            check_output_path(path, force=True)  # the dialog has asked about replacing
        except OutputRefused as refused:
            tell(parent, "Not saved", str(refused))
            suggested = str(Path(path).parent)
            continue
        return path


def save_dialog(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, suffix: str
) -> QFileDialog:
    """A save dialog (the system's own where there is one) that confirms before replacing a file."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    return dialog


def procedure_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Choose a procedure file", "", "Procedure files (*.toml);;All files (*)"
    )
    return path or None
