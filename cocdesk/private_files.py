"""Writing a file only its owner may read, whole or not at all (standard library only)."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE = 0o600
PARTIAL = ".partial"


def partial_path(path: Path) -> Path:
    """Where a document is written before it is renamed over ``path``."""
    return path.with_name(f".{path.name}.{os.getpid()}{PARTIAL}")


def partial_copies(path: str | os.PathLike[str]) -> list[Path]:
    """The temporary files a process killed inside ``owner_only_file`` left beside ``path``: each may
    hold a whole document, so whoever finishes or drops that save removes them."""
    path = Path(path)
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*{PARTIAL}"))


@contextmanager
def owner_only_file(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A new, empty file only its owner may read, beside ``path``, for a writer that needs a file name
    (Qt's printer among them); synced and renamed over ``path`` when the block ends, removed if it fails.

    A crash leaves the old file or the new one, never half of one, and never the old file's permissions."""
    path = Path(path)
    partial = partial_path(path)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    except OSError as error:  # named for the file asked for, not the hidden one beside it
        raise OSError(error.errno, error.strerror, os.fspath(path)) from None
    try:
        yield partial
        os.chmod(partial, PRIVATE)  # whatever the writer did to it
        descriptor = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if os.name != "nt":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def write_owner_only(path: str | os.PathLike[str], data: bytes) -> str:
    """Write ``data`` to a file only its owner may read, whole or not at all; return its SHA-256."""
    with owner_only_file(path) as partial, partial.open("r+b") as out:
        out.write(data)
    return hashlib.sha256(data).hexdigest()
