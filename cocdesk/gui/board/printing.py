"""Sending a finished PDF to a printer: QtPdf renders each page at the printer's resolution.

The PDF stays in memory from the document to the printer; nothing is written to disk on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # plenty for text and rules, and keeps a page quick to render


class PrintFailed(Exception):
    """``str(error)`` is the sentence to show."""


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; the number of pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed("The board could not be prepared for printing. Try again, or export it instead.")
    first = document.pagePointSize(0)
    wide = first.width() > first.height()
    orientation = QPageLayout.Orientation
    printer.setPageOrientation(orientation.Landscape if wide else orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("The printer could not be started. Check that it is connected, then try again.")
    pages = document.pageCount()
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
        document.close()
    return pages
