"""A date and time in the event's own time zone, blank until given; "Now" fills it in one key."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton, QWidget

from cocdesk.domain import AnswerValue, now
from cocdesk.gui.wizard.common import FieldEditor, from_qdatetime, to_qdatetime

UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # the editor's minimum, shown as "Not given"
DISPLAY = "ddd d MMM yyyy, HH:mm"


class WholeDateTimeEdit(QDateTimeEdit):
    """Tab leaves the editor, as it leaves every other box; the arrow keys move between day and time."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateTimeField(FieldEditor):
    def __init__(self, label: str, zone: tzinfo) -> None:
        super().__init__()
        self.zone = zone
        self.edit = WholeDateTimeEdit()
        self.edit.setDisplayFormat(DISPLAY)
        self.edit.setMinimumDateTime(UNSET)
        self.edit.setSpecialValueText("Not given")
        self.edit.setDateTime(UNSET)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription("Day and time in the event's time zone")
        self._loading = False
        self.edit.dateTimeChanged.connect(self._changed)
        self.now_button = QPushButton("Now")
        self.now_button.setAccessibleName(f"{label}: now")
        self.now_button.clicked.connect(self.set_now)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName(f"{label}: clear")
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_edited.emit()

    def set_now(self) -> None:
        self.edit.setDateTime(to_qdatetime(now(), self.zone))

    def clear(self) -> None:
        self.edit.setDateTime(UNSET)

    def moment(self) -> datetime | None:
        shown = self.edit.dateTime()
        return None if shown <= UNSET else from_qdatetime(shown, self.zone)

    def value(self) -> AnswerValue:
        moment = self.moment()
        return moment.isoformat() if moment else None

    def set_value(self, value: AnswerValue) -> None:
        self._loading = True
        try:
            if isinstance(value, str):
                self.edit.setDateTime(to_qdatetime(datetime.fromisoformat(value), self.zone))
            else:
                self.edit.setDateTime(UNSET)
        finally:
            self._loading = False

    def show_value(self, value: AnswerValue) -> None:
        stored = datetime.fromisoformat(value) if isinstance(value, str) else None
        if stored != self.moment():
            self.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.now_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
