"""Files and images dropped on a view, handed to the evidence strip that serves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from cocdesk.gui.evidence import intake
from cocdesk.gui.evidence.intake import Incoming


class DropCatcher(QObject):
    """Watches widgets for drops that carry files or an image; when ``may()`` says the member may
    attach, takes the drag and hands what was dropped to ``attach``."""

    def __init__(
        self, may: Callable[[], bool], attach: Callable[[list[Incoming | str]], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._may, self._attach = may, attach

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if self._may() and intake.carries_evidence(event.mimeData()):
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self._attach(intake.from_mime(event.mimeData()))
                return True
        return super().eventFilter(watched, event)
