"""The print preview: a document's pages as they will print, with Print… and Save as PDF….

Pages are rendered from the PDF in memory. Every print or save is announced on ``delivered`` so the
station can record it in the audit log; the preview itself knows nothing of the vault.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocdesk.gui import printing
from cocdesk.gui.printing import Delivered, PdfPages
from cocdesk.paper import Document

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def choose_save_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save the PDF; None when the user cancels. Tests replace this."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, f"Save {title} as PDF", str(Path(folder) / file_name), "PDF (*.pdf)"
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def tell(parent: QWidget | None, sentence: str) -> None:
    """A save that failed, in one sentence. Tests replace this."""
    QMessageBox.warning(parent, "Not saved", sentence)


class PrintPreview(QDialog):
    """``title`` names the kind of document ("the incident report"); never a name from a case."""

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
        self.document, self.title, self.file_name = document, title, file_name
        self.save_with = save_with
        self.setObjectName("print_preview")
        self.setWindowTitle(f"Print preview: {title}")
        self.pages = PdfPages(document.pdf)
        self.pages.setParent(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview_pages")
        self.view.setAccessibleName(f"Pages of {title}")
        self.view.setDocument(self.pages)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)  # a clear gap where one sheet of paper ends
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self.notice = QLabel(printing.uncovered_sentence(document), self)
        self.notice.setObjectName("uncovered_notice")
        self.notice.setProperty("problem", True)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(document.uncovered))
        self.saved = QLabel(self)
        self.saved.setObjectName("saved_label")
        self.saved.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved)
        self._keys()
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)
        self._show_zoom()
        self.resize(760, 900)
        self.view.setFocus()

    def _button(self, text: str, name: str, action: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def _bar(self) -> QHBoxLayout:
        self.print_button = self._button("&Print…", "print_button", self.print_document, "Print (Ctrl+P)")
        self.print_button.setDefault(True)
        self.save_button = self._button("&Save as PDF…", "save_button", self.save_document, "Save (Ctrl+S)")
        self.zoom_out = self._button("−", "zoom_out", lambda: self.zoom_by(-1), "Smaller (Ctrl+−)")
        self.zoom_out.setAccessibleName("Zoom out")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_in = self._button("+", "zoom_in", lambda: self.zoom_by(1), "Larger (Ctrl++)")
        self.zoom_in.setAccessibleName("Zoom in")
        self.fit_button = self._button("&Fit width", "fit_button", self.fit_width, "Fit the page (Ctrl+0)")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_label")
        close = self._button("Close", "close_button", self.reject, "Close (Esc)")
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        zooming: tuple[QWidget, ...] = (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button)
        for widget in zooming:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addSpacing(16)
        bar.addWidget(close)
        return bar

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
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        page = self.pages.pagePointSize(0).width() * self.logicalDpiX() / 72
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
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(chosen)
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # fitted to the width, the scale follows the window's size
        return super().eventFilter(watched, event)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %")
        self.zoom_label.setAccessibleName(f"Zoom {round(self.zoom() * 100)} percent")
        self.zoom_in.setEnabled(self.zoom() < ZOOM_STEPS[-1] - 0.01)
        self.zoom_out.setEnabled(self.zoom() > ZOOM_STEPS[0] + 0.01)

    def _show_page(self, page: int) -> None:
        count = self.pages.pageCount()
        self.page_label.setText(f"Page {page + 1} of {count}" if count > 1 else "1 page")

    def go_to_page(self, page: int) -> None:
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

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
