"""The painted surfaces' colours: each set's words readable on each of its grounds, and the high-contrast
set the same white on black, with the same yellow, as the high-contrast stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from cocdesk.gui import palette, style
from cocdesk.gui.palette import Palette
from tests.gui.contrast import AA, ratio

SHEETS = Path(__file__).resolve().parents[2] / "resources"


@pytest.mark.parametrize(
    "colours",
    [palette.DESK, palette.HIGH_CONTRAST, palette.PRESENTING],
    ids=["desk", "high contrast", "presenting"],
)
def test_every_word_is_readable_on_every_ground(colours: Palette) -> None:
    grounds = {colours.ground, colours.paper, *colours.tints.values()}
    pairs = [
        (ink, ground)
        for ink in (colours.ink, colours.muted, colours.heading, colours.alert)
        for ground in grounds
    ]
    pairs += [(colours.badge_ink, colours.badge_paper), (colours.flag_ink, colours.flag_paper)]
    pairs += [(colours.name_ink, colours.name_paper)]
    low = [
        f"{a} on {b}: {ratio(QColor(a), QColor(b)):.2f}" for a, b in pairs if ratio(QColor(a), QColor(b)) < AA
    ]
    assert not low


def test_the_high_contrast_set_is_the_stylesheets() -> None:
    sheet = (SHEETS / "high-contrast.qss").read_text(encoding="utf-8")
    base = re.search(r"QWidget \{\s*color: (#\w+);\s*background: (#\w+);", sheet)
    assert base is not None
    assert (palette.HIGH_CONTRAST.ink, palette.HIGH_CONTRAST.ground) == base.groups()
    assert f"border: 3px solid {palette.HIGH_CONTRAST.focus}" in sheet  # the focus ring's colour
    assert f"background: {palette.HIGH_CONTRAST.selected}" in sheet  # the selection's


def test_the_board_asks_the_look(app) -> None:
    style.look().set_high_contrast(True)
    try:
        assert (
            palette.board() is palette.HIGH_CONTRAST and palette.board(presenting=True) is palette.PRESENTING
        )
    finally:
        style.look().set_high_contrast(False)
    assert palette.board() is palette.DESK
