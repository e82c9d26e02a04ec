"""One copy of the app per vault: an operating-system lock on a small file beside the database.

The lock belongs to the process and disappears with it, so a crash never leaves a vault locked.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from cocdesk.vault.errors import VaultInUse
from cocdesk.vault.files import os_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class VaultLock:
    def __init__(self, path: Path, database: Path) -> None:
        self._path = path
        self._database = database
        self._handle: IO[bytes] | None = None

    def acquire(self, member: str) -> None:
        try:
            handle = self._lock_current_file()
            handle.seek(0)
            handle.truncate()
            about = {"pid": os.getpid(), "host": socket.gethostname(), "member": member}
            handle.write(json.dumps(about).encode("utf-8"))
            handle.flush()
        except OSError as error:
            raise os_error(error, self._path) from None
        self._handle = handle

    def _lock_current_file(self) -> IO[bytes]:
        """The lock file, locked. A copy that closes removes its lock file: if that happened between
        our opening the file and locking it, we locked a file nobody else will, so try the new one."""
        while True:
            handle = os.fdopen(os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
            if not _try_lock(handle):
                handle.seek(0)
                holder = _describe(handle.read())
                handle.close()
                raise VaultInUse(self._database.name, holder)
            if _is_at(handle, self._path):
                return handle
            handle.close()

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            self._path.unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return self._handle is not None


def _is_at(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


def _describe(raw: bytes) -> str:
    try:
        about = json.loads(raw.decode("utf-8"))
        return f" (by {about['member']}, process {about['pid']} on {about['host']})"
    except (ValueError, KeyError, TypeError):
        return ""
