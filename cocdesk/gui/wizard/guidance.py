"""Guidance a responder under stress can take in at a glance: do, don't, what to say."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cocdesk.gui.wizard.common import heading, scaled_font
from cocdesk.procedure import Procedure, Step

KINDS = (("do", "Do"), ("dont", "Don't"), ("say", "You might say"))


class GuidanceBox(QFrame):
    """The step's advice beside its questions, in short lines and a larger type than the form."""

    def __init__(self, step: Step) -> None:
        super().__init__()
        self.setObjectName("guidance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Guidance for {step.title}")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Guidance", 1.1))
        for attribute, title in KINDS:
            lines: list[str] = getattr(step.guidance, attribute)
            if not lines:
                continue
            layout.addSpacing(6)
            layout.addWidget(heading(title, 1.05))
            for line in lines:
                text = f"“{line}”" if attribute == "say" else line
                layout.addWidget(_line(text))
        layout.addStretch(1)


class AdvicePage(QScrollArea):
    """The procedure's general advice on thinking about the code of conduct, reachable from every step."""

    def __init__(self, procedure: Procedure) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName("General advice")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading("When thinking about the Code of Conduct", 1.5))
        for line in procedure.advice:
            layout.addSpacing(6)
            layout.addWidget(_line(line, 1.1))
        if procedure.source:
            layout.addSpacing(12)
            source = _line(procedure.source, 0.9)
            source.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(source)
        layout.addStretch(1)
        self.setWidget(body)


def _line(text: str, factor: float = 1.05) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(scaled_font(label, factor))
    return label
