"""The station's own viewer for one attachment: an image (fitted to the window, or at its size) or a
PDF (every page, scrolled), opened from memory. Nothing is written to disk on the way, and no other
program is asked to open the file. The window's title names no file: a name can name someone."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cocdesk.domain.evidence import PDF, Attachment, size_text
from cocdesk.gui import screen_fit
from cocdesk.gui.evidence.decode import decoded

TITLE = "Evidence"
MOST_SIDE = 4096
MOST_PIXELS = 16_000_000
"""What the zoomed picture may be at most: 4096 pixels on a side, 16 million pixels (64 MB)."""
UNREADABLE = "This file could not be shown: it is damaged, or not the kind of file it says it is."


class MemoryPdf(QPdfDocument):
    """A PDF opened by QtPdf straight from memory."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self._data = QByteArray(pdf)  # QtPdf reads from the buffer for as long as the pages live
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(self._buffer)

    @property
    def readable(self) -> bool:
        return self.status() == QPdfDocument.Status.Ready and self.pageCount() > 0


class EvidenceViewer(QDialog):
    """One attachment, full size. ``data`` is the file as the desk opened it."""

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName("Evidence viewer")
        self.image: QImage | None = None
        self.pdf: MemoryPdf | None = None
        self.pdf_view: QPdfView | None = None
        self.picture: QLabel | None = None
        caption = QLabel(f"{attachment.name} · {attachment.kind} · {size_text(attachment.size)}")
        caption.setAccessibleName("Attachment")
        caption.setWordWrap(True)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sha = QLabel(f"SHA-256 {attachment.sha256}")
        sha.setAccessibleName("SHA-256")
        sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fit_button = QPushButton("&Fit to window")
        self.fit_button.setAccessibleName("Fit to window")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(self._fit_changed)
        close = QPushButton("&Close")
        close.setAccessibleName("Close the viewer")
        close.clicked.connect(self.accept)
        controls = QHBoxLayout()
        controls.addWidget(self.fit_button)
        controls.addStretch(1)
        controls.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(sha)
        layout.addWidget(self._body(attachment, data), 1)
        layout.addLayout(controls)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(0.8))
        self._scale = 1.0
        screen_fit.open_within_screen(self, QSize(900, 680))

    def _body(self, attachment: Attachment, data: bytes) -> QWidget:
        if attachment.media_type == PDF:
            self.pdf = MemoryPdf(data, self)
            if self.pdf.readable:
                view = QPdfView(self)
                view.setAccessibleName("The PDF's pages")
                view.setDocument(self.pdf)
                view.setPageMode(QPdfView.PageMode.MultiPage)
                view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                self.pdf_view = view
                return view
        else:
            image = decoded(data)
            if image is not None:
                self.image = image
                self.picture = QLabel()
                self.picture.setAccessibleName("The image")
                self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.scroller = QScrollArea()
                self.scroller.setWidget(self.picture)
                self.scroller.setWidgetResizable(True)
                self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
                return self.scroller
        self.fit_button.setEnabled(False)
        problem = QLabel(UNREADABLE)
        problem.setWordWrap(True)
        problem.setAccessibleName("Problem")
        return problem

    @property
    def shows(self) -> str:
        """What the viewer shows: "image", "pdf" or "nothing"."""
        return "image" if self.image is not None else "pdf" if self.pdf_view is not None else "nothing"

    def _fit_changed(self, fit: bool) -> None:
        if self.pdf_view is not None:
            mode = QPdfView.ZoomMode.FitToWidth if fit else QPdfView.ZoomMode.Custom
            self.pdf_view.setZoomMode(mode)
            if not fit:
                self.pdf_view.setZoomFactor(1.0)
        self._scale = 1.0
        self._show_image()

    def _zoom(self, factor: float) -> None:
        if self.fit_button.isChecked():
            self.fit_button.setChecked(False)
        self._scale = max(0.05, min(self._most_scale(), self._scale * factor))
        if self.pdf_view is not None:
            self.pdf_view.setZoomFactor(self._scale)
        self._show_image()

    def _most_scale(self) -> float:
        """The largest zoom: 8 times, and never a picture over ``MOST_SIDE`` pixels on a side or
        ``MOST_PIXELS`` in all (64 MB), whatever the image."""
        if self.image is None or self.image.isNull():
            return 8.0
        w, h = self.image.width(), self.image.height()
        return max(1.0, min(8.0, MOST_SIDE / max(w, h), math.sqrt(MOST_PIXELS / (w * h))))

    def _show_image(self) -> None:
        if self.image is None or self.picture is None:
            return
        if self.fit_button.isChecked():
            room = self.scroller.viewport().size()
            shown = self.image.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            if shown.width() > self.image.width():
                shown = self.image
        else:
            shown = self.image.scaled(
                self.image.size() * self._scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(QPixmap.fromImage(shown))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_image()

    def done(self, result: int) -> None:
        """Closing lets go of the file at once: the pixels and the PDF go with the window."""
        self.image = None
        if self.picture is not None:
            self.picture.clear()
        if self.pdf_view is not None:
            self.pdf_view.setDocument(None)  # type: ignore[arg-type]
        if self.pdf is not None:
            self.pdf.close()
        super().done(result)
