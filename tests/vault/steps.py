"""The durable steps of a vault's change, counted, so that a test can stop it before any one of them.

A durable step is whatever leaves a mark a crash would keep: a transaction of the database, one
area of the key file written in place, a file renamed into place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

from cocdesk import keystore
from cocdesk.vault import db


class Steps:
    """Counts durable steps while installed; ``before(n, kind)`` is called before step ``n`` (from 1),
    ``kind`` being "transaction", "key file" or "rename"."""

    def __init__(self, before: Callable[[int, str], None] = lambda n, kind: None) -> None:
        self.count = 0
        self._before = before

    def _step(self, kind: str) -> None:
        self.count += 1
        self._before(self.count, kind)

    @contextlib.contextmanager
    def installed(self) -> Iterator[Steps]:
        real_replace, real_write, real_transaction = os.replace, keystore._write_at, db.transaction

        def replace(source: Any, target: Any) -> None:
            self._step("rename")
            real_replace(source, target)

        def write_at(descriptor: int, offset: int, data: bytes) -> None:
            self._step("key file")
            real_write(descriptor, offset, data)

        @contextlib.contextmanager
        def transaction(connection: Any, path: Any) -> Iterator[Any]:
            self._step("transaction")
            with real_transaction(connection, path) as inside:
                yield inside

        os.replace = replace  # type: ignore[assignment]
        keystore._write_at = write_at
        db.transaction = transaction
        try:
            yield self
        finally:
            os.replace, keystore._write_at, db.transaction = real_replace, real_write, real_transaction
