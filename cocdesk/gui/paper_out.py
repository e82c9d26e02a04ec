"""Paper leaving the station on purpose: a document in the print preview, each print and save recorded.

The preview opens beside the window rather than blocking it, so a lock hides it with the window and
unlocking brings it back; every print or save goes into the audit log with who, when and the SHA-256.

    show(parent, document, Paper("the incident report", "case", case_id), lambda: window.vault)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cocdesk.gui import dialogs
from cocdesk.vault import VaultError

if TYPE_CHECKING:  # the preview, QtPdf and reportlab load when paper is first shown
    from cocdesk.gui.print_preview import PrintPreview
    from cocdesk.gui.printing import Delivered
    from cocdesk.paper import Document

# the audit log's action for each kind of paper, printed and saved (as the command line names them)
ACTIONS = {
    "case": ("case.print", "case.export"),
    "paper": ("paper.print", "paper.save"),
    "board": ("board.print", "board.save"),
}


@dataclass(frozen=True)
class Paper:
    """What a document is, as its preview's title and the audit log name it; never a name from a case."""

    title: str  # "the incident report"
    kind: str = "paper"  # a key of ACTIONS
    case_id: str | None = None
    file_name: str = "paper.pdf"


def record(vault: Any, paper: Paper, done: Delivered) -> None:
    """Write one print or save of ``paper`` into the audit log: who and when (the vault adds them) and
    the file's SHA-256, its pages, and the printer or file it went to."""
    printed, saved = ACTIONS[paper.kind]
    if done.how == "printed":
        vault.record(
            printed,
            f"Printed {paper.title}",
            paper.case_id,
            sha256=done.sha256,
            pages=done.pages,
            printer=done.where,
        )
    else:
        vault.record(
            saved,
            f"Saved {paper.title} as a PDF",
            paper.case_id,
            sha256=done.sha256,
            pages=done.pages,
            file=done.where,
        )


def show(parent: QWidget, document: Document, paper: Paper, vault_of: Callable[[], Any]) -> PrintPreview:
    """Open the preview of ``document``; ``vault_of`` gives the vault open when the user prints or saves
    (after a lock, the reopened one)."""
    from cocdesk.gui.print_preview import PrintPreview

    preview = PrintPreview(document, paper.title, parent, file_name=paper.file_name)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.setWindowModality(Qt.WindowModality.WindowModal)

    def delivered(done: Delivered) -> None:
        try:
            record(vault_of(), paper, done)
        except VaultError as error:
            dialogs.tell(preview, "Not recorded", f"The {done.how} copy was not recorded: {error}")

    preview.delivered.connect(delivered)
    preview.finished.connect(lambda _result: preview.close())
    preview.open()
    return preview
