"""The small pictures of the strip: an image's own thumbnail, a PDF's first page, and a plain tile
for a file the station does not show or a member may not see. All made in memory."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from cocdesk.domain.evidence import PDF, Attachment
from cocdesk.gui.evidence.decode import decoded
from cocdesk.gui.evidence.viewer import MemoryPdf

SIDE = 64


def thumbnail(attachment: Attachment, data: bytes) -> QImage | None:
    """The file's own picture, at most ``SIDE`` square; None when it does not decode."""
    if attachment.media_type == PDF:
        pdf = MemoryPdf(data)
        if not pdf.readable:
            return None
        page = pdf.pagePointSize(0)
        scale = SIDE / max(page.width(), page.height(), 1.0)
        rendered = pdf.render(0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale))))
        pdf.close()
        if rendered.isNull():
            return None
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)  # a page is white where nothing is
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return paper
    return decoded(data, SIDE)


def framed(image: QImage, palette: QPalette) -> QImage:
    """``image`` centred on a square tile with a thin frame, so every tile of the strip is the same
    size and a white page still shows its edge."""
    tile = QImage(SIDE + 2, SIDE + 2, QImage.Format.Format_ARGB32)
    tile.fill(Qt.GlobalColor.transparent)
    left, top = (tile.width() - image.width()) // 2, (tile.height() - image.height()) // 2
    painter = QPainter(tile)
    painter.drawImage(left, top, image)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(QRect(left - 1, top - 1, image.width() + 1, image.height() + 1))
    painter.end()
    return tile


def plain_tile(word: str, palette: QPalette) -> QImage:
    """A tile saying what the file is ("PDF", "FILE", "IMAGE", "REMOVED"), in the window's colours
    (the high-contrast look's too)."""
    tile = QImage(SIDE + 2, SIDE + 2, QImage.Format.Format_ARGB32)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(QRect(4, 1, SIDE - 6, SIDE), 6, 6)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    painter.setFont(font)
    painter.drawText(QRect(4, 1, SIDE - 6, SIDE), Qt.AlignmentFlag.AlignCenter, word)
    painter.end()
    return tile


def tile_word(attachment: Attachment) -> str:
    if attachment.removed:
        return "REMOVED"
    if attachment.media_type == PDF:
        return "PDF"
    return "IMAGE" if attachment.is_image else "FILE"


def placeholder(attachment: Attachment, widget: QWidget) -> QImage:
    return plain_tile(tile_word(attachment), widget.palette())
