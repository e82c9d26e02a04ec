"""Printing and the print preview: every page reaches the printer, on the document's paper, looking as
it does on screen; each print or save is handed back for the audit log; and a real CUPS queue prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from cocdesk.domain import Member, Role
from cocdesk.gui import print_preview, printing
from cocdesk.gui.print_preview import PrintPreview
from cocdesk.gui.printing import Delivered, PdfPages
from cocdesk.paper import Document, filled_report
from cocdesk.paper.export import officer_export
from tests.gui.print_queue import PrintQueue, QueueUnavailable, private_queue
from tests.paper.samples import filed_case, sample_event, sample_procedure

REPOSITORY = Path(__file__).resolve().parents[2]
A4, LETTER = (595, 842), (612, 792)  # in points, as printers round them
NAMES = "Łukasz Wiśniewski, Зоя Смирнова, 李伟 and Ελένη Κ."


@pytest.fixture(scope="module")
def report() -> Document:
    """A filled report of several pages, with names in four scripts."""
    return filled_report(sample_procedure(), sample_event(), filed_case(3, text=f"{NAMES} met at the desk."))


@pytest.fixture(scope="module")
def odd_report() -> Document:
    """A report with a character no bundled font has."""
    return filled_report(sample_procedure(), sample_event(), filed_case(5, text="Signed 𓀀 by Зоя"))


@pytest.fixture(scope="module")
def long_export() -> Document:
    """The Officer's export of twenty filed cases: a document of some eighty pages."""
    officer = Member(name="Ελένη Κ.", role=Role.SAFETY_OFFICER)
    cases = [filed_case(n, text=f"{NAMES} met at the desk.") for n in range(20)]
    return officer_export(sample_procedure(), sample_event(), cases, exporter=officer)


def to_file(path: Path, *, resolution: int = 0, pages: tuple[int, int] | None = None) -> Callable[..., bool]:
    """Stands in for the print dialog: the user picks "print to file" (and maybe a page range)."""

    def choose(parent, printer: QPrinter, title: str, count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if resolution:
            printer.setResolution(resolution)
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    return choose


def sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


def image_widths(path: Path, page: int = 0) -> list[int]:
    """The width in pixels of each picture on a printed page: the page as rasterised for the printer."""
    printed: Any = PdfReader(path).pages[page]
    return [int(image.get_object()["/Width"]) for image in printed["/Resources"]["/XObject"].values()]


def drawn(pdf: bytes, page: int, path: Path) -> Path:
    """Page ``page`` (from 1) drawn as the preview draws it, on white, at 60 dpi."""
    pages = PdfPages(pdf)
    points = pages.pagePointSize(page - 1)
    size = QSize(round(points.width() * 60 / 72), round(points.height() * 60 / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, pages.render(page - 1, size))
    painter.end()
    pages.close()
    image.save(str(path))
    return path


def looks_alike(document: Document, printed: Path, folder: Path, page: int, printed_page: int = 0) -> bool:
    """Page ``page`` of the document and page ``printed_page`` of the printout, drawn the same size, match."""
    a = Image.open(drawn(document.pdf, page, folder / "document.png")).convert("L")
    copy = drawn(printed.read_bytes(), printed_page or page, folder / "printed.png")
    b = Image.open(copy).convert("L").resize(a.size)  # a point's rounding may differ by a pixel
    diff = ImageChops.difference(a, b)
    changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:]) / (a.size[0] * a.size[1])
    # the same page measures about 2.5 and 0.006 (a raster drawn small against type); the next, 6+ and 0.03+
    return ImageStat.Stat(diff).mean[0] <= 4 and changed <= 0.015


# printing to a file, as a user's "print to PDF" does


def test_a_report_prints_every_page_on_a4_looking_as_it_does_on_screen(
    qtbot, monkeypatch, tmp_path: Path, report: Document
) -> None:
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed))
    done = printing.print_document(None, report, "the incident report")
    assert report.pages >= 3
    assert done == Delivered("printed", report.sha256, report.pages, "printed.pdf")
    assert sizes(printed) == [A4] * report.pages
    assert looks_alike(report, printed, tmp_path, 1)
    assert looks_alike(report, printed, tmp_path, report.pages)


def test_the_comparison_notices_a_page_that_is_not_the_one_printed(
    qtbot, monkeypatch, tmp_path: Path, report: Document
) -> None:
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed))
    printing.print_document(None, report, "the incident report")
    assert not looks_alike(report, printed, tmp_path, 1, printed_page=2)


def test_a_letter_document_prints_on_letter_paper(qtbot, monkeypatch, tmp_path: Path) -> None:
    letter = filled_report(sample_procedure(), sample_event(paper_size="letter"), filed_case(1))
    printed = tmp_path / "letter.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed))
    assert printing.print_document(None, letter, "the incident report") is not None
    assert sizes(printed) == [LETTER] * letter.pages


def test_pages_are_rasterised_at_the_printers_resolution_but_never_above_300_dpi(
    qtbot, monkeypatch, tmp_path: Path, report: Document
) -> None:
    fine, coarse = tmp_path / "fine.pdf", tmp_path / "coarse.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(fine))  # a 1200 dpi printer
    printing.print_document(None, report, "the incident report")
    monkeypatch.setattr(printing, "choose_printer", to_file(coarse, resolution=150))
    printing.print_document(None, report, "the incident report")
    width = PdfPages(report.pdf).pagePointSize(0).width() / 72  # inches
    assert image_widths(fine) == [round(width * 300)]
    assert image_widths(coarse) == [round(width * 150)]


def test_a_page_range_prints_those_pages_only(qtbot, monkeypatch, tmp_path: Path, report: Document) -> None:
    printed = tmp_path / "range.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed, pages=(2, 3)))
    done = printing.print_document(None, report, "the incident report")
    assert done is not None and done.pages == 2
    assert len(PdfReader(printed).pages) == 2
    assert looks_alike(report, printed, tmp_path, 2, printed_page=1)


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot, monkeypatch, tmp_path: Path, report: Document
) -> None:
    asked: list[int] = []
    monkeypatch.setattr(printing, "choose_printer", lambda parent, printer, title, pages: asked.append(pages))
    assert printing.print_document(None, report, "the incident report") is None
    assert asked == [report.pages]  # the dialog offered every page
    assert not list(tmp_path.iterdir())


def test_characters_no_font_has_are_named_before_anything_prints(
    qtbot, monkeypatch, tmp_path: Path, odd_report: Document
) -> None:
    told: list[str] = []

    def refuse(parent, sentence: str) -> bool:
        told.append(sentence)
        return False

    printed = tmp_path / "odd.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed))
    monkeypatch.setattr(printing, "confirm_uncovered", refuse)
    assert printing.print_document(None, odd_report, "the incident report") is None
    assert len(told) == 1 and "𓀀 (U+13000)" in told[0] and told[0].count(".") == 1
    assert not printed.exists()
    monkeypatch.setattr(printing, "confirm_uncovered", lambda parent, sentence: True)
    assert printing.print_document(None, odd_report, "the incident report") is not None
    assert len(PdfReader(printed).pages) == odd_report.pages


def test_printing_into_a_missing_folder_is_explained_in_one_sentence(
    qtbot, monkeypatch, tmp_path: Path, report: Document
) -> None:
    told: list[str] = []
    out = tmp_path / "missing" / "folder" / "out.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(out))
    monkeypatch.setattr(printing, "tell", lambda parent, sentence: told.append(sentence))
    assert printing.print_document(None, report, "the incident report") is None
    assert told == [
        f"{out} cannot be written: the folder {out.parent} does not exist, so nothing was written;"
        " create it first or choose another folder."
    ]


# the preview


@pytest.fixture
def shown(qtbot) -> Iterator[Callable[[Document], PrintPreview]]:
    made: list[PrintPreview] = []

    def show(document: Document) -> PrintPreview:
        dialog = PrintPreview(document, "the incident report", file_name="report.pdf")
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        made.append(dialog)
        return dialog

    yield show
    for dialog in made:
        dialog.close()


def test_the_preview_shows_the_pages_and_zooms_from_the_keyboard(qtbot, shown, report: Document) -> None:
    preview = shown(report)
    assert preview.page_label.text() == f"Page 1 of {report.pages}"
    assert not preview.notice.isVisible()
    fitted = preview.zoom_label.text()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = preview.zoom()
    assert preview.zoom_label.text() != fitted and larger > 0.5
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < larger
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_label.text() == fitted
    preview.go_to_page(report.pages - 1)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page {report.pages} of {report.pages}")


def test_ctrl_p_in_the_preview_prints_hands_back_the_print_and_closes(
    qtbot, shown, monkeypatch, tmp_path: Path, odd_report: Document
) -> None:
    printed = tmp_path / "from-preview.pdf"
    monkeypatch.setattr(printing, "choose_printer", to_file(printed))
    monkeypatch.setattr(printing, "confirm_uncovered", lambda parent, sentence: pytest.fail("asked twice"))
    preview = shown(odd_report)
    assert preview.notice.isVisible() and "U+13000" in preview.notice.text()  # said before printing
    delivered: list[Delivered] = []
    preview.delivered.connect(delivered.append)
    qtbot.keyClick(preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert delivered == [Delivered("printed", odd_report.sha256, odd_report.pages, "from-preview.pdf")]
    assert preview.result() == QDialog.DialogCode.Accepted and not preview.isVisible()
    assert len(PdfReader(printed).pages) == odd_report.pages


def test_save_as_pdf_writes_the_document_for_its_owner_only_and_hands_it_back(
    qtbot, shown, monkeypatch, tmp_path: Path, report: Document
) -> None:
    target = tmp_path / "Зоя report"
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, title, name: str(target) + ".pdf")
    preview = shown(report)
    delivered: list[Delivered] = []
    preview.delivered.connect(delivered.append)
    qtbot.keyClick(preview.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "Зоя report.pdf"
    assert saved.read_bytes() == report.pdf and saved.stat().st_mode & 0o777 == 0o600
    assert delivered == [Delivered("saved", report.sha256, report.pages, "Зоя report.pdf")]
    assert preview.isVisible() and "Зоя report.pdf" in preview.saved.text()


def test_a_save_that_fails_is_explained_and_hands_back_nothing(
    qtbot, shown, monkeypatch, tmp_path: Path, report: Document
) -> None:
    told: list[str] = []
    monkeypatch.setattr(print_preview, "choose_save_path", lambda *args: str(tmp_path / "gone" / "x.pdf"))
    monkeypatch.setattr(print_preview, "tell", lambda parent, sentence: told.append(sentence))
    preview = shown(report)
    delivered: list[Delivered] = []
    preview.delivered.connect(delivered.append)
    preview.save_button.click()
    assert told == ["The PDF could not be saved: No such file or directory. Choose another folder."]
    assert delivered == []


def test_a_long_document_is_drawn_while_the_preview_keeps_painting_and_every_page_appears(
    qtbot, shown, long_export: Document
) -> None:
    ticks: list[tuple[float, bool]] = []
    preparing: list[PrintPreview] = []
    timer = QTimer()
    timer.timeout.connect(
        lambda: ticks.append((time.perf_counter(), bool(preparing and preparing[0].is_preparing())))
    )
    timer.start(5)
    preview = shown(long_export)
    preparing.append(preview)
    assert long_export.pages >= 60 and len(preview.sheets) == long_export.pages
    assert preview.busy.isVisible() and preview.busy.text() == "Preparing the preview…"
    assert preview.page_label.text() == f"Page 1 of {long_export.pages}"  # before any page is drawn
    qtbot.waitUntil(lambda: not preview.is_preparing(), timeout=30_000)
    assert not preview.busy.isVisible()
    assert sum(busy for _at, busy in ticks) >= 3  # the window ran its timers while the pages were drawn
    appeared = set()
    for page in range(long_export.pages):
        preview.go_to_page(page)
        sheet = preview.sheets[page]
        sharp = sheet.size() * preview.devicePixelRatioF()  # drawn at the zoom shown, not stretched
        drawn = lambda sheet=sheet, sharp=sharp: sheet.pixmap().size() == sharp  # noqa: E731
        qtbot.waitUntil(drawn, timeout=20_000)
        small = sheet.pixmap().toImage().scaledToWidth(200).convertToFormat(QImage.Format.Format_Grayscale8)
        assert min(bytes(small.constBits())) < 100  # type on white, not a blank sheet
        appeared.add(page)
    timer.stop()
    assert appeared == set(range(long_export.pages))
    assert preview.page_label.text() == f"Page {long_export.pages} of {long_export.pages}"
    held = [sheet for sheet in preview.sheets if not sheet.pixmap().isNull()]
    assert len(held) < long_export.pages // 2  # pages far from the view gave their pixels back


def test_escape_closes_the_preview_with_nothing_printed(qtbot, shown, monkeypatch, report: Document) -> None:
    monkeypatch.setattr(printing, "choose_printer", lambda *args: pytest.fail("printed"))
    preview = shown(report)
    delivered: list[Delivered] = []
    preview.delivered.connect(delivered.append)
    qtbot.keyClick(preview.view, Qt.Key.Key_Escape)
    assert not preview.isVisible() and preview.result() == QDialog.DialogCode.Rejected
    assert delivered == []


# a real print queue


@pytest.fixture
def cups_queue() -> Iterator[PrintQueue]:
    with ExitStack() as stack:
        try:
            queue = stack.enter_context(private_queue())
        except QueueUnavailable as why:
            if os.environ.get("CI"):
                pytest.fail(f"CI must print through CUPS, but: {why}")
            pytest.skip(f"No CUPS print queue can run on this machine: {why}")
        yield queue


@pytest.mark.slow
def test_a_report_printed_through_a_cups_queue_comes_out_whole(
    cups_queue: PrintQueue, tmp_path: Path, report: Document
) -> None:
    title = f"cocdesk-test-{uuid.uuid4().hex[:10]}"
    environment = {**os.environ, "CUPS_SERVER": cups_queue.server, "QT_QPA_PLATFORM": "offscreen"}
    job = subprocess.run(
        [sys.executable, "-m", "tests.gui.print_job", cups_queue.name, title, str(report.pages)],
        input=report.pdf,
        capture_output=True,
        env=environment,
        cwd=REPOSITORY,
        timeout=40,
    )
    assert job.returncode == 0, job.stdout.decode() + job.stderr.decode()[-2000:]
    done = json.loads(job.stdout.decode().strip().splitlines()[-1])
    assert done == dict(how="printed", sha256=report.sha256, pages=report.pages, where=cups_queue.name)
    printed = cups_queue.printed(title)
    try:
        assert len(PdfReader(printed).pages) == report.pages
        assert sizes(printed) == [A4] * report.pages
        assert looks_alike(report, printed, tmp_path, 1)
    finally:
        printed.unlink()
