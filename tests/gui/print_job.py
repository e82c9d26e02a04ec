"""Print a PDF read from stdin to a CUPS queue, the way the station prints, in a process of its own.

``python -m tests.gui.print_job QUEUE TITLE PAGES < document.pdf`` prints a line of JSON: what
``print_document`` handed back. Its own process, because libcups settles on a print server the first
time it is asked and keeps it: the test's private server must be in CUPS_SERVER from the start.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from cocdesk.gui import printing
from cocdesk.paper import Document


def main(queue: str, job_title: str, page_count: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])

    def choose_queue(parent: QWidget | None, printer: QPrinter, title: str, pages: int) -> bool:
        printer.setPrinterName(queue)
        printer.setDocName(job_title)  # the job's title, which names cups-pdf's file
        return True

    def fail(parent: QWidget | None, sentence: str) -> None:
        print(json.dumps({"failed": sentence}))

    printing.choose_printer = choose_queue
    printing.tell = fail
    document = Document(sys.stdin.buffer.read(), page_count)
    done = printing.print_document(None, document, "the incident report")
    if done is not None:
        print(json.dumps(dataclasses.asdict(done)))
    app.quit()
    return 0 if done else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
