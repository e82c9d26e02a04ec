"""A step's page on paper: the blank form for that step, printed or saved as a PDF where the user chooses.

The blank form holds no case content, so neither printing nor saving it puts anything of a report on
the disk. Printing goes through the station's print path (the PDF rendered page by page to the
printer, in memory) when this build has it; otherwise the form is saved for printing elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.paper import Document, blank_form


def printing_available() -> bool:
    try:
        from cocdesk.gui.board.printing import print_pdf  # noqa: F401
    except ImportError:
        return False
    return True


def choose_printer(parent: QWidget) -> QPrinter | None:
    """Ask which printer; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the paper form for this step")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_form_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save the form; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, "Save the paper form for this step", str(Path(folder) / suggested), "PDF (*.pdf)"
    )
    return path or None


def print_step_form(parent: QWidget, open_case: OpenCase, step_id: str) -> bool:
    """Print the step's blank form, or save it when this build cannot print; False if cancelled or failed."""
    document = blank_form(open_case.procedure, open_case.event_details, step_id=step_id)
    if not printing_available():
        return _save(parent, open_case, step_id, document)
    from cocdesk.gui.board.printing import PrintFailed, print_pdf

    printer = choose_printer(parent)
    if printer is None:
        return False
    try:
        print_pdf(document.pdf, printer)
    except PrintFailed as error:
        open_case.problem.emit(str(error))
        return False
    return True


def _save(parent: QWidget, open_case: OpenCase, step_id: str, document: Document) -> bool:
    path = choose_form_path(parent, f"form-{step_id}.pdf")
    if not path:
        return False
    try:
        document.save(path)
    except OSError as error:
        open_case.problem.emit(f"The form could not be saved: {error.strerror}. Choose another folder.")
        return False
    return True
