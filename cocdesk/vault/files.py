"""The files of one vault, and writing them so that a crash leaves the old or the new, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cocdesk.vault.errors import DiskFull, NoPlaceForVault, ReadOnlyLocation, VaultError

PRIVATE = 0o600


@dataclass(frozen=True)
class VaultFiles:
    """A vault is its database file plus small files beside it that share its name."""

    database: Path

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> VaultFiles:
        return cls(Path(path).expanduser().absolute())

    def _beside(self, suffix: str) -> Path:
        return self.database.with_name(self.database.name + suffix)

    @property
    def keys(self) -> Path:
        return self._beside(".keys")

    @property
    def keys_pending(self) -> Path:
        return self._beside(".keys.new")

    @property
    def rekeyed(self) -> Path:
        return self._beside(".rekey")

    @property
    def lock(self) -> Path:
        return self._beside(".lock")

    @property
    def sqlite_sidecars(self) -> list[Path]:
        return [self._beside(s) for s in ("-wal", "-shm", "-journal")]

    @property
    def temporaries(self) -> list[Path]:
        """What ``atomic_write`` leaves behind when it is cut short: key files not yet in place."""
        return [_temporary(self.keys), _temporary(self.keys_pending)]

    def everything(self) -> list[Path]:
        """Every file the vault may have on disk, in the order destroy removes them (key slots first)."""
        return [
            self.keys,
            self.keys_pending,
            *self.temporaries,
            self.database,
            *self.sqlite_sidecars,
            self.rekeyed,
            self.lock,
        ]


def put_rekeyed_in_place(files: VaultFiles) -> None:
    """The re-keyed copy becomes the database (the old one's journal goes with it)."""
    for sidecar in files.sqlite_sidecars:
        sidecar.unlink(missing_ok=True)
    os.replace(files.rekeyed, files.database)
    fsync_directory(files.database.parent)


def create_private(path: Path) -> None:
    """An empty file only its owner may read; SQLite gives its journal files the same permissions."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: readers see the old file or the new one, never a torn one."""
    temporary = _temporary(path)
    try:
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        fsync_directory(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise os_error(error, path) from None


def _temporary(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def shred(path: Path) -> None:
    """Overwrite a file with random bytes, then remove it. Best effort: flash storage may keep copies,
    which is why a vault's safety rests on destroying its key slots, not on this."""
    try:
        descriptor = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return
    except OSError:  # a link (never followed: its target is someone else's file), or unreadable
        path.unlink(missing_ok=True)
        return
    with contextlib.suppress(OSError), os.fdopen(descriptor, "r+b") as out:
        if stat.S_ISREG(os.fstat(out.fileno()).st_mode):
            remaining = os.fstat(out.fileno()).st_size
            while remaining > 0:
                chunk = min(remaining, 1 << 20)
                out.write(os.urandom(chunk))
                remaining -= chunk
            out.flush()
            os.fsync(out.fileno())
    path.unlink(missing_ok=True)


def place_error(error: OSError, path: Path) -> VaultError:
    """The sentence for an operating system error while making a new vault at ``path``: always one."""
    found = os_error(error, path)
    if isinstance(found, VaultError):
        return found
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        reason = "part of that path is a file, not a folder"
    elif error.errno == errno.ENOENT:
        reason = "that folder cannot hold new files"
    else:
        reason = (error.strerror or "the system refused").lower()
    return NoPlaceForVault(str(path), reason)


def os_error(error: OSError, path: Path) -> Exception:
    """The vault error a user can act on, for an operating system error while writing."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(str(path.parent))
    return error
