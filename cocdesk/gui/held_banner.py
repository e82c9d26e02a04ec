"""The alert in the main window when a report matches the reported person of a held report: the CoC
team lead is told at once, in the window where the report is being written, and the alerts are listed
again at every unlock until the hold is released. Codes only: the window may be seen by others."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cocdesk.desk.holds import HeldAlert
from cocdesk.gui import palette

FOR_THE_LEAD = "For the CoC team lead"


class HeldBanner(QFrame):
    sig_open_case = Signal(object)  # the held case's UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("held_alert")
        self.setAccessibleName("Held report alert")
        self.alerts: list[HeldAlert] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton("Open the held case")
        self.open_button.setAccessibleName("Open the held case")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        self.setVisible(False)

    def show_alerts(self, alerts: list[HeldAlert], *, announce: bool = False) -> None:
        """Show ``alerts`` (hide when there are none); ``announce`` a new one to assistive technology."""
        self.alerts = list(alerts)
        self.setVisible(bool(alerts))
        if not alerts:
            self.text.setText("")
            return
        colours = palette.current()
        self.setStyleSheet(
            f"QFrame#held_alert {{ background: {colours.alert}; }}"
            f" QFrame#held_alert QLabel {{ color: {colours.paper}; font-weight: bold; }}"
        )
        lines = [f"⚠  {FOR_THE_LEAD}: {alert.text}" for alert in alerts]
        self.text.setText("\n".join(lines))
        self.text.setAccessibleName(" ".join(lines))
        if announce:
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def _open(self) -> None:
        if self.alerts:
            self.sig_open_case.emit(UUID(self.alerts[0].held_id))
