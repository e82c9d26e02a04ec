"""One copy of the app per vault: an operating-system lock on a small file beside the database.

The lock belongs to the process and disappears with it, so a crash never leaves a vault locked.
"""

from __future__ import annotations

import contextlib
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
    """Held by the copy that has locked the file now at ``path``.

    Only the holder deletes the lock file, and it deletes it before it unlocks it. So a file that is
    no longer at ``path`` is never the vault's lock, whoever manages to lock it later, and each copy
    checks, once it has locked a file, that the file is still the one in place."""

    def __init__(self, path: Path, database: Path) -> None:
        self._path = path
        self._database = database
        self._handle: IO[bytes] | None = None

    def acquire(self, member: str) -> None:
        try:
            handle = self._lock_current_file()
        except OSError as error:
            raise os_error(error, self._path) from None
        self._handle = handle
        # Who holds it is only for the message another copy shows: on a full disk it is left out,
        # and the lock, which needs no space, still holds.
        about = {"pid": os.getpid(), "host": socket.gethostname(), "member": member}
        with contextlib.suppress(OSError):
            os.ftruncate(handle.fileno(), 0)
            os.lseek(handle.fileno(), 0, os.SEEK_SET)
            os.write(handle.fileno(), json.dumps(about).encode("utf-8"))

    def _lock_current_file(self) -> IO[bytes]:
        """The lock file, locked. A file that is gone from ``path`` by the time we locked it, or found it
        locked, was released meanwhile (see ``release``): the one at ``path`` now is tried instead."""
        while True:
            handle = os.fdopen(os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
            try:
                locked = _try_lock(handle)
                current = _is_at(handle, self._path)
                if locked and current:
                    return handle
                if current:
                    handle.seek(0)
                    raise VaultInUse(self._database.name, _describe(handle.read()))
            except BaseException:
                handle.close()
                raise
            handle.close()

    def release(self) -> None:
        """Delete the lock file, then unlock it. Unlocking first would let a copy lock the file in the
        moment before it is deleted, and a third copy then create and lock a new one beside it."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            # A lock file left behind (Windows keeps an open file) is harmless: the next copy locks
            # it as it would after a crash. One put in its place is another copy's lock: it stays.
            with contextlib.suppress(OSError):
                if _is_at(handle, self._path):
                    self._path.unlink()
        finally:
            with contextlib.suppress(OSError):
                handle.close()

    def still_held(self) -> bool:
        """Held, and the lock file is still the one in place: not removed by hand, nor replaced."""
        return self._handle is not None and _is_at(self._handle, self._path)

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
