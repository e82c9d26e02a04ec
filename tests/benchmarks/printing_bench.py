"""How long one page takes to print: rendered by QtPdf at 300 dpi and painted into a QPrinter's PDF.

Wall-clock medians: rendering and compressing the page is what the user waits for at the printer.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from cocdesk.gui.printing import PdfPages, print_pages, ready_printer
from cocdesk.paper import filled_report
from tests.paper.samples import filed_case, sample_event, sample_procedure

Row = tuple[str, float | str, str, bool]
RUNS = 9


def one_page_seconds(pages: PdfPages, folder: Path) -> float:
    printer = ready_printer(pages)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "page.pdf"))
    printer.setResolution(300)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)  # the report's first page: its densest
    started = time.perf_counter()
    print_pages(pages, printer)
    return time.perf_counter() - started


def run() -> list[Row]:
    app = QApplication.instance() or QApplication([])  # noqa: F841  (QtPdf and QPrinter need one)
    report = filled_report(sample_procedure(), sample_event(), filed_case(1))
    pages = PdfPages(report.pdf)
    with tempfile.TemporaryDirectory() as folder:
        one_page_seconds(pages, Path(folder))  # QtPdf and the PDF writer warm up once, as in the app
        median = statistics.median(one_page_seconds(pages, Path(folder)) for _ in range(RUNS))
    pages.close()
    return [("printing: one page at 300 dpi into a QPrinter PDF (s)", median, "≤ 0.25", median <= 0.25)]


if __name__ == "__main__":
    for metric, measured, target, passed in run():
        print(f"{metric:<56} {measured:>7.3f}  {target:<7} {'pass' if passed else 'FAIL'}")
