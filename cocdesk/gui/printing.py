"""Printing a paper document: the system's print dialog, then each page rasterised onto the printer.

The PDF stays in memory from the document to the printer: QtPdf reads it from a buffer and renders
each page at the printer's resolution, at most 300 dpi, which is plenty for forms and keeps a page
quick. Printing is a deliberate act, so each print hands back a ``Delivered`` for the audit log.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cocdesk.outputs import OutputRefused, check_output_path, owner_only_file
from cocdesk.paper import Document

MAX_DPI = 300
POINTS_PER_INCH = 72
UNREADABLE = "The document could not be prepared for printing. Try again, or save it as a PDF."


class PrintFailed(Exception):
    """``str(error)`` is the sentence to show."""


@dataclass(frozen=True)
class Delivered:
    """A document that left the station on purpose: what the audit log records about it."""

    how: Literal["printed", "saved"]
    sha256: str
    pages: int
    where: str  # the printer's name, or the file's name


class PdfPages(QPdfDocument):
    """A document's PDF opened by QtPdf straight from memory."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self._data = QByteArray(pdf)  # QtPdf reads from the buffer for as long as the pages live
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(self._buffer)
        if self.status() != QPdfDocument.Status.Ready or self.pageCount() < 1:
            raise PrintFailed(UNREADABLE)

    def page_size(self, page: int = 0) -> QPageSize:
        """The paper a page was made for (A4 or US Letter) in the printer's terms."""
        points = self.pagePointSize(page)
        upright = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
        return QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)

    def orientation(self, page: int = 0) -> QPageLayout.Orientation:
        points = self.pagePointSize(page)
        wide = points.width() > points.height()
        return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait


def uncovered_sentence(document: Document) -> str:
    """One sentence naming the characters no bundled font prints, or "" when every one prints."""
    count = len(document.uncovered)
    if not count:
        return ""
    shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in document.uncovered[:6])
    if count > 6:
        shown += f" and {count - 6} more"
    if count == 1:
        return f"No font on the station can print one character, so the paper shows its code: {shown}."
    return f"No font on the station can print {count} characters, so the paper shows their codes: {shown}."


def ready_printer(pages: PdfPages) -> QPrinter:
    """A printer set up for the document's paper and orientation, before the dialog offers it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(pages.page_size())
    printer.setPageOrientation(pages.orientation())
    printer.setFullPage(True)  # the PDF has its own margins: the page goes onto the paper one to one
    return printer


def choose_printer(parent: QWidget | None, printer: QPrinter, title: str, pages: int) -> bool:
    """The system's print dialog; False when the user cancels. Tests replace this."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title}")
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm_uncovered(parent: QWidget | None, sentence: str) -> bool:
    """Tell of characters the paper shows as codes; True to print anyway. Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Some characters print as codes", sentence)
    box.setParent(parent, box.windowFlags())
    go = box.addButton("&Print anyway", QMessageBox.ButtonRole.AcceptRole)
    box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is go


def tell(parent: QWidget | None, sentence: str) -> None:
    """A print that failed, in one sentence. Tests replace this."""
    QMessageBox.warning(parent, "Not printed", sentence)


def page_numbers(printer: QPrinter, pages: int) -> range:
    """The pages chosen in the print dialog, all of them unless a range was asked for."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first < 1:
        return range(pages)
    return range(first - 1, min(last or pages, pages))


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Paint the chosen pages onto ``printer``, each rendered at up to 300 dpi; the number printed.

    Printed to a file, the pages go to a new file only its owner may read, renamed into place once
    whole: Qt would create it readable by everyone, and write straight over what was there. A
    vault's own files are refused, as every save refuses them."""
    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    if not target:
        return _paint(pages, printer)
    try:
        check_output_path(target, force=True)  # the print dialog asked before replacing a file
    except OutputRefused as refused:
        raise PrintFailed(str(refused)) from None
    try:
        with owner_only_file(target) as partial:
            printer.setOutputFileName(str(partial))
            try:
                return _paint(pages, printer)
            finally:
                printer.setOutputFileName(target)
    except OSError as error:
        reason = error.strerror or str(error)
        raise PrintFailed(f"The PDF could not be written: {reason}. Choose another folder.") from None


def _paint(pages: PdfPages, printer: QPrinter) -> int:
    chosen = page_numbers(printer, pages.pageCount())
    painter = QPainter()
    with spool_in_memory():
        if not painter.begin(printer):
            raise PrintFailed("The printer could not be started. Check that it is connected, then try again.")
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for done, page in enumerate(chosen):
                if done and not printer.newPage():
                    raise PrintFailed("The printer stopped part way. Check it, then print again.")
                paint_page(painter, pages, page, dpi, printer.paperRect(QPrinter.Unit.DevicePixel).toRect())
        finally:
            painter.end()
    return len(chosen)


def page_image(pages: PdfPages, page: int, pixels: QSize) -> QImage:
    """Page ``page`` drawn ``pixels`` large on white paper; a null image when QtPdf could not draw it.

    Safe off the GUI thread with a ``PdfPages`` of the thread's own (the preview renders this way)."""
    drawn = pages.render(page, pixels)
    if drawn.isNull():
        return drawn
    # QtPdf leaves the paper transparent; flattened onto white, the printer gets no mask to compress
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    flattening = QPainter(image)
    flattening.drawImage(0, 0, drawn)
    flattening.end()
    return image


def paint_page(painter: QPainter, pages: PdfPages, page: int, dpi: int, paper: QRect) -> None:
    points = pages.pagePointSize(page)
    pixels = QSize(
        round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH)
    )
    image = page_image(pages, page, pixels)
    if image.isNull():
        raise PrintFailed("A page could not be drawn for the printer. Try again, or save it as a PDF.")
    target = QRect(QPoint(0, 0), pixels.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio))
    target.moveCenter(paper.center())  # paper of another size than the document's: centred, whole
    painter.drawImage(target, image)


@contextmanager
def spool_in_memory() -> Iterator[None]:
    """Qt's spool file for the print system goes to the user's runtime folder (held in memory), not /tmp."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    before = os.environ.get("TMPDIR")
    if os.path.isdir(runtime):
        os.environ["TMPDIR"] = runtime
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before


def print_document(
    parent: QWidget | None, document: Document, title: str, *, warned: bool = False
) -> Delivered | None:
    """Ask for a printer and print ``document``; what was printed, or None if cancelled or failed.

    ``warned`` says the user has already seen which characters print as codes (the preview shows it).
    """
    sentence = uncovered_sentence(document)
    if sentence and not warned and not confirm_uncovered(parent, sentence):
        return None
    try:
        pages = PdfPages(document.pdf)
        try:
            printer = ready_printer(pages)
            if not choose_printer(parent, printer, title, pages.pageCount()):
                return None
            printed = print_pages(pages, printer)
        finally:
            pages.close()
    except PrintFailed as error:
        tell(parent, str(error))
        return None
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    where = os.path.basename(printer.outputFileName()) if to_file else printer.printerName()
    return Delivered("printed", document.sha256, printed, where)
