"""Paper leaving the station on purpose: a document in the print preview, each print and save recorded.

The preview opens beside the window rather than blocking it, so a lock hides it with the window and
unlocking brings it back; every print or save goes into the audit log with who, when and the SHA-256,
through the desk open at that moment (after a lock, the reopened one).

    show(parent, document, Paper("the incident report", "case", case_id), session)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the preview, QtPdf and reportlab load when paper is first shown
    from cocdesk.desk import Desk
    from cocdesk.gui.print_preview import PrintPreview
    from cocdesk.gui.printing import Delivered
    from cocdesk.gui.session import Session
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


def record(desk: Desk, paper: Paper, done: Delivered) -> None:
    """Write one print (or a save made elsewhere) of ``paper`` into the audit log: who and when (the
    desk adds them) and the file's SHA-256, its pages, and the printer or file it went to."""
    printed, saved = ACTIONS[paper.kind]
    if done.how == "printed":
        desk.record_delivery(
            printed,
            f"Printed {paper.title}",
            paper.case_id,
            sha256=done.sha256,
            pages=done.pages,
            printer=done.where,
        )
    else:
        desk.record_delivery(
            saved,
            f"Saved {paper.title} as a PDF",
            paper.case_id,
            sha256=done.sha256,
            pages=done.pages,
            file=done.where,
        )


def save(session: Session, parent: QWidget | None, document: Document, paper: Paper, path: str) -> str | None:
    """Save ``document`` at ``path`` through the desk (owner-only, whole or not at all, recorded); its
    SHA-256, or None when it was not saved (the member was told why)."""
    _printed, saved = ACTIONS[paper.kind]
    return session.run(
        lambda desk: desk.save_document(
            document, path, saved, f"Saved {paper.title} as a PDF", paper.case_id
        ),
        changed=None,
        parent=parent,
        title="Not saved",
    )


def show(parent: QWidget, document: Document, paper: Paper, session: Session) -> PrintPreview:
    """Open the preview of ``document``; each print or save goes through ``session``'s desk."""
    from cocdesk.gui.print_preview import PrintPreview

    preview = PrintPreview(
        document,
        paper.title,
        parent,
        file_name=paper.file_name,
        save_with=lambda doc, path: save(session, preview, doc, paper, path),
    )
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.setWindowModality(Qt.WindowModality.WindowModal)

    def delivered(done: Delivered) -> None:
        session.run(
            lambda desk: record(desk, paper, done), changed=None, parent=preview, title="Not recorded"
        )

    preview.delivered.connect(delivered)
    preview.finished.connect(lambda _result: preview.close())
    preview.open()
    return preview
