"""Reading a file a person handed over (a case file, a procedure), never more than its kind needs:
a device such as /dev/zero, or a file of gigabytes, is refused before it fills the memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

CASE_FILE_MOST = 32 << 20
PROCEDURE_FILE_MOST = 2 << 20


class TooLarge(ValueError):
    """``str()`` says why, as the end of a sentence: "it is larger than 2 MiB"."""


def read_at_most(path: str | os.PathLike[str], most: int) -> bytes:
    """The bytes of the regular file at ``path``: TooLarge beyond ``most``; OSError as open raises it."""
    with Path(path).open("rb") as source:
        if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):
            raise TooLarge("it is not a regular file")
        data = source.read(most + 1)
    if len(data) > most:
        raise TooLarge(f"it is larger than {most >> 20} MiB")
    return data
