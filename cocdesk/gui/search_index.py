"""The case list's search index, built a slice at a time while the member works.

Shortly after unlocking (once the list is on screen), the words of every case are read in the
background, a hundred cases per turn of the event loop, so the first search is instant and the window
stays responsive meanwhile. A search typed before the index is complete finishes it on the spot.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from PySide6.QtCore import QObject, QTimer

from cocdesk.gui.session import Session

START_AFTER_MS = 400  # let the freshly unlocked list paint first
SLICE = 100  # cases per turn: about ten milliseconds
NONE: dict[UUID, str] = {}


class SearchIndex(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.texts: dict[UUID, str] = {}
        self._pending: list[str] = []
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)
        self._delay = QTimer(self, singleShot=True, interval=START_AFTER_MS)
        self._delay.timeout.connect(self._timer.start)

    def rebuild(self, ids: Iterable[UUID]) -> None:
        """Start over (just unlocked): index the cases ``ids`` from the beginning."""
        self.texts = {}
        self._pending = [str(i) for i in ids]
        self._timer.stop()
        self._delay.start()

    def update(self, ids: Iterable[str], shown: Iterable[UUID]) -> None:
        """Cases ``ids`` changed, ``shown`` are the cases listed now: read the changed ones again."""
        listed = {str(i) for i in shown}
        self.texts = {k: v for k, v in self.texts.items() if str(k) in listed}
        known = {str(k) for k in self.texts} | set(self._pending)
        again = [i for i in ids if i in listed] + [i for i in listed if i not in known]
        for case_id in again:
            self.texts.pop(UUID(case_id), None)
        self._pending = list(dict.fromkeys([*again, *self._pending]))
        if self._pending and not self._delay.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._delay.stop()
        self._timer.stop()
        self.texts, self._pending = {}, []

    @property
    def complete(self) -> bool:
        return not self._pending

    def _step(self) -> None:
        if not self._pending or not self.session.is_open:
            self._timer.stop()
            return
        chunk, self._pending = self._pending[:SLICE], self._pending[SLICE:]
        self.texts.update(self.session.read(lambda desk: desk.searchable_texts(chunk), NONE))

    def all_texts(self) -> dict[UUID, str]:
        """Every case's words, finishing the index first if the background has not got there yet."""
        if self._pending and self.session.is_open:
            pending = self._pending
            self.texts.update(self.session.read(lambda desk: desk.searchable_texts(pending), NONE))
            self._pending = []
            self._delay.stop()
            self._timer.stop()
        return self.texts
