"""Contrast measured on a window's pixels, as a reader's eye meets it: WCAG's ratio between each line
of text's ink and the ground it sits on.

    findings = measure(window)              # every visible line of text in the window, grabbed once
    low = [f for f in findings if f.ratio < 4.5]

A region's ground is its most common colour; its ink is the colour that stands out most from it
(every pixel of an anti-aliased glyph is the ink blended with the ground, so none stands out more than
the ink itself; thin light text on black may have no pixel of full ink, which only makes the measure
stricter). A text-bearing region is cut into its lines first, so that a heading and the hint below it
are measured apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

AA = 4.5  # WCAG AA for body text


def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours_in(image: QImage, rect: QRect) -> Counter[int]:
    rect = rect.intersected(image.rect())
    return Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def ink_and_ground(image: QImage, rect: QRect) -> tuple[QColor, QColor] | None:
    """The text's ink and its ground in ``rect``; None when nothing but ground is there."""
    counts = colours_in(image, rect)
    if len(counts) < 2:
        return None
    ground_rgb = counts.most_common(1)[0][0]
    ground = QColor(ground_rgb)
    # every pixel of a glyph is its ink blended with the ground; the ones that stand out most are the
    # ink itself (the third most, so that one stray pixel cannot speak for the line)
    inks = sorted(
        (
            (ratio(QColor(rgb), ground), rgb)
            for rgb, n in counts.items()
            if rgb != ground_rgb
            for _ in range(min(n, 3))
        ),
        reverse=True,
    )
    return QColor(inks[min(2, len(inks) - 1)][1]), ground


def lines(image: QImage, rect: QRect) -> list[QRect]:
    """``rect`` cut into bands of rows that hold something besides the region's ground."""
    rect = rect.intersected(image.rect())
    counts = colours_in(image, rect)
    if not counts:
        return []
    ground = counts.most_common(1)[0][0]
    inked = [
        any(image.pixel(x, y) != ground for x in range(rect.left(), rect.right() + 1))
        for y in range(rect.top(), rect.bottom() + 1)
    ]
    bands, start = [], None
    for offset, ink in enumerate([*inked, False]):
        if ink and start is None:
            start = offset
        elif not ink and start is not None:
            bands.append(QRect(rect.left(), rect.top() + start, rect.width(), offset - start))
            start = None
    return [band.adjusted(0, -1, 0, 1) for band in bands if band.height() >= 4]  # not a border's line


@dataclass
class Finding:
    what: str  # the widget's class and text, to say which
    ink: QColor
    ground: QColor

    @property
    def ratio(self) -> float:
        return ratio(self.ink, self.ground)

    def __str__(self) -> str:
        return f"{self.what}: {self.ink.name()} on {self.ground.name()} = {self.ratio:.2f}"


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def text_rect(widget: QWidget) -> QRect:
    """Where ``widget`` draws its words, in its own coordinates (a check box's box left out)."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return widget.style().subElementRect(element, option, widget).intersected(widget.rect())
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    return widget.rect().adjusted(4, 4, -4, -4)  # inside a border of up to four pixels


def _shown(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` a reader sees, in the window's coordinates (a scroll area clips)."""
    seen = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(window, seen.topLeft()), seen.size())


def _regions(window: QWidget) -> list[tuple[str, QRect]]:
    regions: list[tuple[str, QRect]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            regions += _items(widget, window)
            continue
        if isinstance(widget, QHeaderView):
            regions.append((f"header of {widget.parent()!r}", _shown(widget, window)))
            continue
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            words = widget.toPlainText()
            if words.strip():  # its lines, where its viewport shows them
                regions.append((f"{type(widget).__name__} {words[:40]!r}", _shown(widget.viewport(), window)))
            continue
        words = text_of(widget)
        if not words.strip() or isinstance(widget, QAbstractScrollArea):
            continue
        inner = text_rect(widget)
        place = QRect(widget.mapTo(window, inner.topLeft()), inner.size()).intersected(_shown(widget, window))
        regions.append((f"{type(widget).__name__} {words[:40]!r}", place))
    return regions


def _items(view: QAbstractItemView, window: QWidget) -> list[tuple[str, QRect]]:
    model, found = view.model(), []
    if model is None:
        return []
    shown = _shown(view.viewport(), window)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index: QModelIndex = model.index(row, column)
            cell = view.visualRect(index)
            if cell.isEmpty():
                continue
            at = QRect(view.viewport().mapTo(window, cell.topLeft()), cell.size()).adjusted(3, 3, -3, -3)
            at = at.intersected(shown)
            if at.height() > 6 and str(index.data() or "").strip():
                found.append(
                    (f"{type(view).__name__} {view.objectName()} item {str(index.data())[:30]!r}", at)
                )
    return found


def measure(window: QWidget) -> list[Finding]:
    """Each visible line of text in ``window``, grabbed as it is painted now."""
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    findings = []
    for what, region in _regions(window):
        for band in lines(image, region):
            pair = ink_and_ground(image, band)
            if pair is not None:
                findings.append(Finding(what, *pair))
    return findings


def too_faint(window: QWidget, at_least: float = AA) -> list[str]:
    return [str(f) for f in measure(window) if f.ratio < at_least]


VISIBLE = 3.0  # WCAG's least contrast for a control's state and the focus ring (non-text contrast)


def differing_pixels(a: QImage, b: QImage, at_least: float = VISIBLE) -> int:
    """How many pixels of two grabs of the same widget differ by ``at_least`` : 1 or more: a change a
    reader can see, not a shade of black on black."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    width, height = min(a.width(), b.width()), min(a.height(), b.height())
    return sum(
        ratio(QColor(a.pixel(x, y)), QColor(b.pixel(x, y))) >= at_least
        for y in range(height)
        for x in range(width)
        if a.pixel(x, y) != b.pixel(x, y)
    )


def mark_pixels(button: QAbstractButton) -> int:
    """How many pixels of a check box's or radio button's box (everything but its words) stand out
    from its ground: an unchecked box must show where it is, too."""
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    words = text_rect(button)
    counts = colours_in(image, image.rect())
    ground = QColor(counts.most_common(1)[0][0])
    return sum(
        ratio(QColor(image.pixel(x, y)), ground) >= VISIBLE
        for y in range(image.height())
        for x in range(min(words.left(), image.width()))
    )
