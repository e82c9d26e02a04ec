"""The print preview: a document's pages as they will print, with Print… and Save as PDF….

The layout is ui/print_preview.ui. Pages are drawn from the PDF in memory off the GUI thread (a
``PageJob`` on the thread pool with a QtPdf document of its own), the pages in view first, so a
preview of a hundred pages opens at once, keeps painting and says "Preparing the preview…" until the
pages in view are drawn. Every print or save is announced on ``delivered`` so the station can record it
in the audit log; the preview itself knows nothing of the vault.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from cocdesk.gui import dialogs, printing
from cocdesk.gui.forms.ui_print_preview import Ui_PrintPreview
from cocdesk.gui.printing import Delivered, PdfPages
from cocdesk.paper import Document

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
NEARBY = 2  # pages drawn beyond those in view, either side
KEPT = 8  # pages further than this from the view give their pixels back
PREPARING = "Preparing the preview…"


def choose_save_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save the PDF; None when the user cancels. Tests replace this."""
    return dialogs.pdf_path(parent, f"Save {title} as PDF", file_name)


def tell(parent: QWidget | None, sentence: str) -> None:
    """A save that failed, in one sentence. Tests replace this."""
    QMessageBox.warning(parent, "Not saved", sentence)


class _PageSignals(QObject):
    sig_page = Signal(int, int, QImage)  # (round, page, image)
    sig_done = Signal(int)  # round


class PageJob(QRunnable):
    """Draws the asked pages of a PDF, each the asked size, on a thread of the pool."""

    def __init__(self, pdf: bytes, wanted: list[tuple[int, QSize]], round_: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.pdf, self.wanted, self.round = pdf, wanted, round_
        self.signals = _PageSignals()  # no parent: it outlives a preview closed while the job runs
        self.stop = threading.Event()
        self.ended = False

    def run(self) -> None:
        try:
            pages = PdfPages(self.pdf)
        except printing.PrintFailed:
            pages = None
        try:
            for page, pixels in self.wanted if pages else []:
                if self.stop.is_set():
                    break
                assert pages is not None
                self.signals.sig_page.emit(self.round, page, printing.page_image(pages, page, pixels))
        finally:
            if pages is not None:
                pages.close()
                pages.deleteLater()
            self.signals.sig_done.emit(self.round)
            self.ended = True


_jobs: set[PageJob] = set()  # held until they end, whatever became of their preview


class PrintPreview(QDialog):
    """``title`` names the kind of document ("the incident report"); never a name from a case.

    ``view`` (the pages), ``print_button``, ``save_button``, ``page_label``, ``zoom_label``,
    ``notice`` and ``saved`` name the form's controls for the station and the tests."""

    delivered = Signal(object)  # a Delivered, each time the document is printed or saved

    def __init__(
        self,
        document: Document,
        title: str,
        parent: QWidget | None = None,
        *,
        file_name: str = "paper.pdf",
        save_with: Callable[[Document, str], str | None] | None = None,
    ) -> None:
        """``save_with(document, path)`` saves and records a PDF and gives its SHA-256 (None when it
        could not, having said why); without it the preview writes the file itself."""
        super().__init__(parent)
        self.ui = Ui_PrintPreview()
        self.ui.setupUi(self)
        self.document, self.title, self.file_name = document, title, file_name
        self.save_with = save_with
        self.setWindowTitle(f"Print preview: {title}")
        pages = PdfPages(document.pdf)  # the sizes once; the drawing is the page jobs'
        self.sizes: list[QSizeF] = [pages.pagePointSize(page) for page in range(pages.pageCount())]
        pages.close()
        self.view, self.page_label, self.zoom_label = (
            self.ui.preview_pages,
            self.ui.page_label,
            self.ui.zoom_label,
        )
        self.print_button, self.save_button = self.ui.print_button, self.ui.save_button
        self.zoom_in, self.zoom_out = self.ui.zoom_in, self.ui.zoom_out
        self.notice, self.saved, self.busy = self.ui.uncovered_notice, self.ui.saved_label, self.ui.busy_label
        self.view.setAccessibleName(f"Pages of {title}")
        self.view.setWidgetResizable(False)
        self.view.viewport().installEventFilter(self)
        self.notice.setText(printing.uncovered_sentence(document))
        self.notice.setVisible(bool(document.uncovered))
        self.sheets = [self._sheet(page) for page in range(len(self.sizes))]
        self.fitted, self.chosen = True, 1.0
        self.drawn: dict[int, float] = {}  # page → the zoom its pixels were drawn at
        self.job: PageJob | None = None
        self.round = 0
        self.later = QTimer(self, singleShot=True, interval=15)  # scrolling and resizing settle first
        self.later.timeout.connect(self._draw_in_view)
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._follow_scroll())
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.zoom_out.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in.clicked.connect(lambda: self.zoom_by(1))
        self.ui.fit_button.clicked.connect(self.fit_width)
        self._keys()
        self._lay_out()
        self._show_page(0)
        self.view.setFocus()

    def _sheet(self, page: int) -> QLabel:
        sheet = QLabel(self.ui.sheets)
        sheet.setObjectName(f"page_{page + 1}")
        sheet.setAccessibleName(f"Page {page + 1} of {len(self.sizes)}")
        sheet.setScaledContents(True)  # drawn at the last zoom, stretched until drawn afresh
        sheet.setStyleSheet("background: #ffffff; border: 1px solid #8a8f95;")
        self.ui.sheets_layout.addWidget(sheet, 0, Qt.AlignmentFlag.AlignHCenter)
        return sheet

    def _keys(self) -> None:
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey | str, Callable[[], object]]] = [
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_document),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(1)),
            ("Ctrl+=", lambda: self.zoom_by(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(-1)),
            ("Ctrl+0", self.fit_width),
        ]
        for key, action in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)

    # what the user sees

    def zoom(self) -> float:
        """The scale the pages are shown at, fitted to the width or chosen."""
        if not self.fitted:
            return self.chosen
        margins = self.ui.sheets_layout.contentsMargins()
        room = self.view.viewport().width() - margins.left() - margins.right() - 2
        page = self.sizes[0].width() * self.logicalDpiX() / 72
        return max(room / page, ZOOM_STEPS[0]) if page else 1.0

    def zoom_by(self, step: int) -> None:
        now = self.zoom()
        larger = [zoom for zoom in ZOOM_STEPS if zoom > now + 0.01]
        smaller = [zoom for zoom in ZOOM_STEPS if zoom < now - 0.01]
        chosen = (
            (larger[0] if larger else ZOOM_STEPS[-1])
            if step > 0
            else (smaller[-1] if smaller else ZOOM_STEPS[0])
        )
        self.fitted, self.chosen = False, chosen
        self._lay_out()

    def fit_width(self) -> None:
        self.fitted = True
        self._lay_out()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.fitted:
            self._lay_out()  # fitted to the width, the scale follows the window's size
        return super().eventFilter(watched, event)

    def _pixels(self, page: int, zoom: float) -> QSize:
        points, scale = self.sizes[page], zoom * self.logicalDpiX() / 72
        return QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))

    def _lay_out(self) -> None:
        """Every sheet the size of its page at the zoom; the pages in view are drawn afresh."""
        zoom = self.zoom()
        page = self.current_page()
        if self.job is not None:
            self.job.stop.set()  # its pages are of the old zoom: it ends early and the view asks again
        for number, sheet in enumerate(self.sheets):
            sheet.setFixedSize(self._pixels(number, zoom))
        self.ui.sheets.adjustSize()
        self.go_to_page(page)
        shown = round(zoom * 100)
        self.zoom_label.setText(f"{shown} %")
        self.zoom_label.setAccessibleName(f"Zoom {shown} percent")
        self.zoom_in.setEnabled(zoom < ZOOM_STEPS[-1] - 0.01)
        self.zoom_out.setEnabled(zoom > ZOOM_STEPS[0] + 0.01)
        self.later.start()

    def current_page(self) -> int:
        """The page at the top third of the view."""
        if not self.sheets:
            return 0
        line = self.view.verticalScrollBar().value() + self.view.viewport().height() // 3
        return next(
            (n for n, sheet in enumerate(self.sheets) if sheet.geometry().bottom() >= line),
            len(self.sheets) - 1,
        )

    def in_view(self) -> range:
        """The pages the view shows now."""
        top = self.view.verticalScrollBar().value()
        bottom = top + self.view.viewport().height()
        shown = [
            n
            for n, sheet in enumerate(self.sheets)
            if sheet.geometry().bottom() >= top and sheet.y() <= bottom
        ]
        return range(shown[0], shown[-1] + 1) if shown else range(0)

    def _follow_scroll(self) -> None:
        self._show_page(self.current_page())
        self.later.start()

    def _show_page(self, page: int) -> None:
        count = len(self.sizes)
        self.page_label.setText(f"Page {page + 1} of {count}" if count > 1 else "1 page")

    def go_to_page(self, page: int) -> None:
        self.ui.sheets_layout.activate()
        self.view.verticalScrollBar().setValue(self.sheets[page].y() - self.ui.sheets_layout.spacing())
        self._follow_scroll()

    # drawing the pages off the GUI thread

    def _draw_in_view(self) -> None:
        """Draw the pages in view (and their neighbours) at the zoom, unless drawn already; give back
        the pixels of pages far away."""
        if self.job is not None:
            return  # the running job's end asks again
        shown = self.in_view()
        if not shown:
            return
        zoom = self.zoom()
        near = range(max(0, shown.start - NEARBY), min(len(self.sheets), shown.stop + NEARBY))
        for page in [p for p in self.drawn if p < near.start - KEPT or p >= near.stop + KEPT]:
            self.sheets[page].clear()
            del self.drawn[page]
        order = [*shown, *(p for p in near if p not in shown)]
        wanted = [
            (p, self._pixels(p, zoom) * self.devicePixelRatioF()) for p in order if self.drawn.get(p) != zoom
        ]
        if not wanted:
            self.busy.hide()
            return
        self.round += 1
        self.job = PageJob(self.document.pdf, wanted, self.round)
        self.job.zoom = zoom  # type: ignore[attr-defined]
        self.job.signals.sig_page.connect(self._page_drawn)
        self.job.signals.sig_done.connect(self._job_ended)
        for ended in [job for job in _jobs if job.ended]:
            _jobs.discard(ended)
        _jobs.add(self.job)
        self.busy.setText(PREPARING)
        self.busy.show()
        QThreadPool.globalInstance().start(self.job)

    def _page_drawn(self, round_: int, page: int, image: QImage) -> None:
        if self.job is None or round_ != self.round or image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.sheets[page].setPixmap(pixmap)
        self.drawn[page] = self.job.zoom  # type: ignore[attr-defined]

    def _job_ended(self, round_: int) -> None:
        if round_ != self.round:
            return
        self.job = None
        self._draw_in_view()  # the view may have moved, or the zoom changed, meanwhile

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.stop.set()
        super().done(result)

    def is_preparing(self) -> bool:
        """True while pages in view are still being drawn."""
        return self.job is not None or self.later.isActive()

    # what leaves the station

    def print_document(self) -> None:
        done = printing.print_document(self, self.document, self.title, warned=True)
        if done is not None:
            self.delivered.emit(done)
            self.accept()

    def save_document(self) -> None:
        path = choose_save_path(self, self.title, self.file_name)
        if path is None:
            return
        name = os.path.basename(path)
        if self.save_with is not None:
            saved = self.save_with(self.document, path)
            if saved is not None:
                self.saved.setText(f"Saved as {name}.")
                self.saved.show()
            return
        try:
            digest = self.document.save(path)
        except OSError as error:
            tell(self, f"The PDF could not be saved: {error.strerror or error}. Choose another folder.")
            return
        self.saved.setText(f"Saved as {name}.")
        self.saved.show()
        self.delivered.emit(Delivered("saved", digest, self.document.pages, name))


def preview(
    parent: QWidget | None,
    document: Document,
    title: str,
    *,
    file_name: str = "paper.pdf",
    on_delivered: Callable[[Delivered], None] | None = None,
) -> None:
    """Show the preview until the user prints or closes it; ``on_delivered`` hears of each print and save."""
    dialog = PrintPreview(document, title, parent, file_name=file_name)
    if on_delivered is not None:
        dialog.delivered.connect(on_delivered)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
