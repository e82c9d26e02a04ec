"""Where the cursor and the selection were in the field being typed in when the station locked.

Showing a dialog again hands its focus field a focus-in "as if tabbed into", and a line edit selects
all its text then; putting the cursor back makes unlocking return to exactly where the member was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class TypingPlace:
    def __init__(self, widget: QWidget | None) -> None:
        self.widget = widget
        self.place: Any = None
        if isinstance(widget, QLineEdit):
            self.place = (widget.cursorPosition(), widget.selectionStart(), len(widget.selectedText()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            self.place = widget.textCursor()

    def restore(self) -> None:
        widget, place = self.widget, self.place
        if place is None:
            return
        if isinstance(widget, QLineEdit):
            position, start, length = place
            if not length:
                widget.setCursorPosition(position)
            elif position == start:  # selected leftwards: the cursor sits at the start
                widget.setSelection(start + length, -length)
            else:
                widget.setSelection(start, length)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTextCursor(place)
