"""The time field's calendar in both looks: its month arrows (the mouse's only way to another month)
stand out from their ground, white on black in high contrast rather than the style's dark grey, and
dark again once the look switches back."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QToolButton

from cocdesk.gui import style
from cocdesk.gui.time_edit import TimeEdit
from tests.gui.contrast import ratio


@pytest.fixture
def calendar(qtbot, station):
    field = TimeEdit("When it happened", ZoneInfo("Europe/Warsaw"))
    qtbot.addWidget(field)
    field.show()
    field.line.setText("30 Nov 2026 21:30")
    field.open_calendar()
    QApplication.processEvents()
    popup = field.popup
    assert popup is not None
    yield popup
    popup.close()
    style.look().set_high_contrast(False)


def faint_arrows(calendar) -> list[str]:
    faint = []
    for arrow in ("qt_calendar_prevmonth", "qt_calendar_nextmonth"):
        button = calendar.findChild(QToolButton, arrow)
        image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ground = QColor(image.pixel(2, 2))
        best = max(
            ratio(QColor(image.pixel(x, y)), ground)
            for x in range(4, image.width() - 4)
            for y in range(4, image.height() - 4)
        )
        if best < 3.0:
            faint.append(f"{arrow}: its arrow stands out only {best:.2f}:1 from {ground.name()}")
    return faint


def test_the_month_arrows_are_seen_in_high_contrast_and_back_in_the_desk_look(calendar) -> None:
    style.look().set_high_contrast(True)
    QApplication.processEvents()
    assert faint_arrows(calendar) == []
    style.look().set_high_contrast(False)
    QApplication.processEvents()
    assert faint_arrows(calendar) == []
