"""Above the steps: the case's code, its neutral title, the paper form's number, the general advice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cocdesk.desk import Act
from cocdesk.domain.common import SHORT_TEXT_MAX
from cocdesk.gui.wizard.common import name_it, scaled_font
from cocdesk.gui.wizard.name_echo import NameEcho
from cocdesk.gui.wizard.open_case import OpenCase

PAPER_BANNER = "Typing in a paper form: the pages follow the form's order."


class CaseHeader(QWidget):
    sig_advice_wanted = Signal()

    def __init__(self, open_case: OpenCase, paper: bool) -> None:
        super().__init__()
        self.open_case = open_case
        case = open_case.case
        code = QLabel(f"Case {case.code}")
        code.setFont(scaled_font(code, 1.2, bold=True))
        self.title = QLineEdit(case.title)
        self.title.setMaxLength(SHORT_TEXT_MAX)
        self.title.setPlaceholderText("A neutral title, safe to show on a projector: no names")
        name_it(self.title, "Case title", "Neutral: no names, shown on the board")
        self.title.textChanged.connect(lambda text: self._header_edited("title", text))
        self.title.setReadOnly(not open_case.may(Act.EDIT_REPORT))
        self.reference = QLineEdit(case.paper_reference)
        self.reference.setMaxLength(SHORT_TEXT_MAX)
        self.reference.setPlaceholderText("Paper form no.")
        self.reference.setMaximumWidth(140)
        name_it(self.reference, "Paper form reference number")
        self.reference.textChanged.connect(lambda text: self._header_edited("paper_reference", text))
        self.reference.setVisible(paper or bool(case.paper_reference))
        self.reference.setReadOnly(not open_case.may(Act.EDIT_REPORT))
        advice = QPushButton("General advice (F1)")
        name_it(advice, "General advice", "F1")
        advice.clicked.connect(self.sig_advice_wanted)
        self.echo = NameEcho(open_case, self.title)  # a name typed in the title, as it will read
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.echo)
        row.addWidget(code)
        if paper:
            banner = QLabel(PAPER_BANNER)
            banner.setAccessibleName(PAPER_BANNER)
            row.addWidget(banner)
        row.addWidget(self.title, 1)
        row.addWidget(self.reference)
        self.toggles = QHBoxLayout()  # the folding panes' toggles, put in by the wizard
        self.toggles.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self.toggles)
        row.addWidget(advice)

    def _header_edited(self, name: str, text: str) -> None:
        self.open_case.header(name, text)
