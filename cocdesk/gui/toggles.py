"""A button that stays down while on: the board's commands that are toggles and the folding panes'."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def toggle_button(
    text: str, checked: bool, on_toggled: Callable[[bool], object], parent: QWidget | None = None
) -> QPushButton:
    """A checkable button showing ``text``, ``checked`` to begin with. ``on_toggled`` hears every
    change, by the mouse, the keyboard or a screen reader's Toggle (which sends ``toggled``, never
    ``clicked``)."""
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setChecked(checked)
    button.toggled.connect(on_toggled)
    return button
