"""What a typed text gives away, shown while it is typed: the case's names found in it, and how the
text will read to the Event Lead Organiser.

Under a free-text field the line says which words name a reporter or witness (tinted and underlined in
a paragraph field) and "The Event Lead Organiser reads: My friend [witness 2] saw it". The matches are
the desk's own (``cocdesk.identity.case_names.matcher_for``), so what the line says is what the
desk withholds when the text is saved. A team member may mark a selected stretch as identifying, or
say a matched word is not a name, from the field's context menu; both are acts of the desk.

    echo = NameEcho(open_case, editor_widget)   # a QLineEdit or a QPlainTextEdit; put it under it

Where the field has its own marks for the same names (the announcement check flags and underlines
every name, the reported person's too), ``reads_only=True`` says only how the text reads and leaves
the field's marks alone, so the two never disagree about which words are names.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from cocdesk.desk import Act, Read
from cocdesk.domain import Role
from cocdesk.gui import palette
from cocdesk.gui.wizard.common import scaled_font
from cocdesk.gui.wizard.open_case import OpenCase
from cocdesk.identity import Match, NameMatcher
from cocdesk.identity.matcher import WORD

MARK = "Mark as identifying"
NOT_A_NAME = "Not a name"
Editor = QLineEdit | QPlainTextEdit


def reader_line(shown: str) -> str:
    """The sentence saying how the text reads to a role without identity."""
    return f"The {Role.EVENT_LEAD.label} reads: {shown}"


class NameEcho(QLabel):
    def __init__(
        self, open_case: OpenCase, editor: Editor, parent: QWidget | None = None, *, reads_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.open_case, self.editor, self.reads_only = open_case, editor, reads_only
        self.matches: list[Match] = []
        self._seen: tuple[str, bool, NameMatcher] | None = None
        self.setObjectName("name_echo")  # the stylesheets colour it by this name
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFont(scaled_font(self, 0.92))
        self.setAccessibleName("Names in this answer")
        self.hide()
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._menu)
        editor.textChanged.connect(self.update_echo)
        open_case.sig_changed.connect(self.update_echo)  # people, marks or "not a name" changed
        self.update_echo()

    def text_now(self) -> str:
        return self.editor.text() if isinstance(self.editor, QLineEdit) else self.editor.toPlainText()

    def update_echo(self) -> None:
        """Find the case's names in the text as it stands and say how it will read."""
        text = self.text_now()
        sees = self.open_case.may(Read.IDENTITY)
        matcher = self.open_case.matcher()
        last = self._seen
        if last is not None and last[0] == text and last[1] == sees and last[2] is matcher:
            return  # the case was read again, but neither the text nor the names changed
        self._seen = (text, sees, matcher)
        self.matches = matcher.find(text) if sees and text.strip() else []
        if not self.reads_only:
            self._tint()
        if not self.matches:
            self.clear()
            self.hide()
            return
        shown = self.open_case.withhold(text)
        found = ", ".join(
            f"<u>{escape(m.text(text))}</u> ({escape(m.label)})" for m in self.matches if m.text(text)
        )
        said = "" if self.reads_only else f"Names found: {found}<br>"
        self.setText(f"{said}{escape(reader_line(shown))}")
        self.setToolTip(reader_line(shown))
        self.show()

    def _tint(self) -> None:
        """Tint and underline the matches in a paragraph field (a line shows them in the echo only)."""
        if not isinstance(self.editor, QPlainTextEdit):
            return
        marks, colours = [], palette.current()
        for match in self.matches:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            look = QTextCharFormat()
            look.setBackground(QColor(colours.name_paper))
            look.setForeground(QColor(colours.name_ink))
            look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            look.setUnderlineColor(QColor(colours.alert))
            look.setToolTip(match.label)
            selection.cursor, selection.format = cursor, look
            marks.append(selection)
        self.editor.setExtraSelections(marks)

    # marking

    def selected(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.selectedText().strip()
        return self.editor.textCursor().selectedText().replace("\u2029", " ").strip()

    def match_at(self, position: int) -> Match | None:
        return next((m for m in self.matches if m.start <= position <= m.end), None)

    def word_at(self, position: int) -> str:
        """The matched word at ``position`` ("Núñez" of "Ana Núñez-Øby"); "" off every match."""
        match, text = self.match_at(position), self.text_now()
        if match is None:
            return ""
        words = [w for w in WORD.finditer(text, match.start, match.end) if w.start() <= position <= w.end()]
        return words[0].group(0) if words else match.text(text)

    def _cursor_position(self, at: QPoint) -> int:
        if isinstance(self.editor, QLineEdit):
            return self.editor.cursorPositionAt(at)
        return self.editor.cursorForPosition(at).position()

    def menu_for(self, at: QPoint) -> QMenu:
        """The field's own menu and, for a member who sees identity and may edit, mark and unmark."""
        menu = self.editor.createStandardContextMenu()
        may = self.open_case.may(Read.IDENTITY) and self.open_case.may(Act.EDIT_REPORT)
        if not may or self.editor.isReadOnly():
            return menu
        menu.addSeparator()
        stretch = self.selected()
        mark = menu.addAction(MARK)
        mark.setEnabled(bool(stretch))
        mark.triggered.connect(lambda: self.open_case.mark(stretch))
        word = self.word_at(self._cursor_position(at))
        unmark = menu.addAction(NOT_A_NAME + (f": “{word}”" if word else ""))
        unmark.setEnabled(bool(word))
        unmark.triggered.connect(lambda: self.open_case.unmark(word))
        return menu

    def _menu(self, at: QPoint) -> None:
        menu = self.menu_for(at)
        menu.exec(self.editor.mapToGlobal(at))
        menu.deleteLater()
