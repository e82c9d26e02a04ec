"""The alert in the main window when a report matches the reported person of a held report: the CoC
team lead is told at once, in the window where the report is being written, and the alerts are listed
again at every unlock until the hold is released. Codes only: the window may be seen by others."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cocdesk.desk.holds import HeldAlert
from cocdesk.gui import style

FOR_THE_LEAD = "For the CoC team lead"
ALARM_PAPER, ALARM_INK = "#b91c1c", "#ffffff"  # 6.5:1, as the stylesheets' passed retention date


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
        style.look().sig_changed.connect(self._restyle)  # a method: let go when the banner goes

    def show_alerts(self, alerts: list[HeldAlert], *, announce: bool = False) -> None:
        """Show ``alerts`` (hide when there are none); ``announce`` a new one to assistive technology."""
        self.alerts = list(alerts)
        self.setVisible(bool(alerts))
        if not alerts:
            self.text.setText("")
            return
        # as the retention date's alarm: white on dark red, with a yellow edge in high contrast
        edge = "border: 3px solid #ffff00;" if style.look().high_contrast else ""
        self.setStyleSheet(
            f"QFrame#held_alert {{ background: {ALARM_PAPER}; {edge} }}"
            f" QFrame#held_alert QLabel {{ background: transparent; color: {ALARM_INK}; font-weight: bold; }}"
        )
        lines = [f"⚠  {FOR_THE_LEAD}: {alert.text}" for alert in alerts]
        self.text.setText("\n".join(lines))
        self.text.setAccessibleName(" ".join(lines))
        if announce:
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def _restyle(self, _high_contrast: bool) -> None:
        self.show_alerts(self.alerts)

    def _open(self) -> None:
        if self.alerts:
            self.sig_open_case.emit(UUID(self.alerts[0].held_id))
