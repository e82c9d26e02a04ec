"""The station as the desktop sees it, and buttons in high contrast: the desktop entry names its
windows, and a default button shows its whole label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from cocdesk.gui import style

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_the_windows_carry_the_desktop_entrys_name(app) -> None:
    name = app.desktopFileName()
    assert name == "io.github.cocdesk.CocDesk"
    assert (LINUX / f"{name}.desktop").is_file()  # a dock finds the entry, its icon and its name


@pytest.fixture
def high_contrast(app) -> Iterator[None]:
    style.look().set_high_contrast(True)
    yield
    style.look().set_high_contrast(False)


def label_pixels(button: QPushButton) -> list[list[int]]:
    """The lightness of each pixel inside the button's border: its label as the user sees it."""
    image = button.grab().toImage()
    return [
        [image.pixelColor(x, y).lightness() for x in range(4, image.width() - 4)]
        for y in range(4, image.height() - 4)
    ]


@pytest.mark.parametrize("label", ["Destroy the vault", "Print…", "Łukasz 李 — Зоя Ελένη"])
def test_a_default_button_in_high_contrast_shows_its_whole_label(qtbot, high_contrast, label) -> None:
    dialog = QDialog()  # where buttons become the default
    qtbot.addWidget(dialog)
    layout = QHBoxLayout(dialog)
    plain, chosen = QPushButton(label), QPushButton(label)
    layout.addWidget(plain)
    layout.addWidget(chosen)
    layout.addStretch(1)
    dialog.resize(900, 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    chosen.setDefault(True)  # after the layout measured it, as focus makes an auto-default button default
    chosen.setFocus()
    qtbot.wait(20)
    assert chosen.isDefault() and chosen.size() == plain.size()
    seen, expected = label_pixels(chosen), label_pixels(plain)
    differing = sum(
        a != b for row_a, row_b in zip(seen, expected, strict=True) for a, b in zip(row_a, row_b, strict=True)
    )
    assert differing == 0, f"the default button's label differs from the plain one's in {differing} pixels"
