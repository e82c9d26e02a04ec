"""The event's retention date in the main window: a banner from a week before it, and, at each unlock
once it has passed, a warning that has to be dismissed. The sentences come from ``cocdesk.retention``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cocdesk.domain.event import Event
from cocdesk.gui import style
from cocdesk.retention import RetentionNotice, retention_notice

PASSED_TITLE = "The retention date has passed"


def show_retention(banner: QLabel, event: Event) -> RetentionNotice | None:
    """Show the notice (or hide the banner while the date is far); the notice, for the caller to act on."""
    notice = retention_notice(event)
    banner.setVisible(notice is not None)
    if notice is None:
        banner.setText("")
        return None
    banner.setText(f"⚠  {notice.sentence}" if notice.passed else notice.sentence)
    banner.setProperty("urgency", notice.urgency.value)  # the stylesheets colour each urgency
    banner.style().unpolish(banner)
    banner.style().polish(banner)
    return notice


def warn_passed(parent: QWidget, sentence: str) -> None:
    """The unmistakable warning at an unlock after the date. Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Warning, PASSED_TITLE, sentence, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("retention_warning")
    style.emphasise(box, 1.15)
    box.open()  # beside the window: a lock can still take it away, and the next unlock asks again
