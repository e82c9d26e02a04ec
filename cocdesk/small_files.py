"""Reading a file a person handed over (a case file, a procedure), never more than its kind needs:
a device such as /dev/zero, or a file of gigabytes, is refused before it fills the memory."""

from __future__ import annotations

import os
import stat

CASE_FILE_MOST = 32 << 20
PROCEDURE_FILE_MOST = 2 << 20


class TooLarge(ValueError):
    """``str()`` says why, as the end of a sentence: "it is larger than 2 MiB"."""


NOT_REGULAR = "it is not a regular file (a folder, a device or a pipe)"


def read_at_most(path: str | os.PathLike[str], most: int) -> bytes:
    """The bytes of the regular file at ``path``: TooLarge beyond ``most``, or when it is not a regular
    file; OSError as stat or open raises it.

    The kind is checked before the file is opened (opening a named pipe waits for a writer for ever),
    the open does not wait either (``O_NONBLOCK``, in case the path changed in between), and the
    kind is checked again on what was opened. At most ``most + 1`` bytes are read."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise TooLarge(NOT_REGULAR)
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as source:
        if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):
            raise TooLarge(NOT_REGULAR)
        data = source.read(most + 1)
    if len(data) > most:
        raise TooLarge(f"it is larger than {most >> 20} MiB")
    return data
