"""A date and time in the event's own time zone, blank until given: typed as people write it, read back
in words at once; a calendar, Now and Clear beside it (``cocdesk.gui.time_edit``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtWidgets import QVBoxLayout

from cocdesk.domain import AnswerValue
from cocdesk.gui.time_edit import TimeEdit
from cocdesk.gui.wizard.common import FieldEditor


class DateTimeField(FieldEditor):
    """Saved once what is typed reads; text that does not read stays as typed, and nothing is saved."""

    def __init__(self, label: str, zone: tzinfo, check: Callable[[datetime], str] | None = None) -> None:
        super().__init__()
        self.zone = zone
        self.time = TimeEdit(label, zone, check=check)
        self.line = self.time.line
        self.time.sig_changed.connect(self.sig_edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time)

    def set_now(self) -> None:
        self.time.set_now()

    def clear(self) -> None:
        self.time.clear()

    def moment(self) -> datetime | None:
        return self.time.moment()

    def value(self) -> AnswerValue:
        moment = self.moment()
        return moment.isoformat() if moment else None

    def set_value(self, value: AnswerValue) -> None:
        self.time.show_moment(datetime.fromisoformat(value) if isinstance(value, str) else None)

    def show_value(self, value: AnswerValue) -> None:
        stored = datetime.fromisoformat(value) if isinstance(value, str) else None
        if stored != self.moment():
            self.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.time.set_read_only(read_only)
