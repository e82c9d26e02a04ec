"""The case list's search index, built a slice at a time while the member works.

Shortly after unlocking (once the list is on screen), the words of every case are read in the
background, a hundred cases per turn of the event loop, so the first search is instant and the window
stays responsive meanwhile. A search typed before the index is complete finishes it on the spot.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, QTimer

from cocdesk.vault.search import case_ids, searchable_texts

START_AFTER_MS = 400  # let the freshly unlocked list paint first
SLICE = 100  # cases per turn: about ten milliseconds


class SearchIndex(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.texts: dict[UUID, str] = {}
        self._pending: list[str] = []
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)
        self._delay = QTimer(self, singleShot=True, interval=START_AFTER_MS)
        self._delay.timeout.connect(self._timer.start)

    def rebuild(self, vault: Any) -> None:
        """Start over on ``vault`` (just unlocked, or changed): index it from the beginning."""
        self.vault, self.texts = vault, {}
        self._pending = case_ids(vault)
        self._timer.stop()
        self._delay.start()

    def stop(self) -> None:
        self._delay.stop()
        self._timer.stop()
        self.vault, self.texts, self._pending = None, {}, []

    @property
    def complete(self) -> bool:
        return not self._pending

    def _step(self) -> None:
        if not self._pending or self.vault is None or not self.vault.is_open:
            self._timer.stop()
            return
        chunk, self._pending = self._pending[:SLICE], self._pending[SLICE:]
        self.texts.update(searchable_texts(self.vault, ids=chunk))

    def all_texts(self) -> dict[UUID, str]:
        """Every case's words, finishing the index first if the background has not got there yet."""
        if self._pending and self.vault is not None and self.vault.is_open:
            self.texts.update(searchable_texts(self.vault, ids=self._pending))
            self._pending = []
            self._delay.stop()
            self._timer.stop()
        return self.texts
