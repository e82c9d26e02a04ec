"""One of several copies of the app racing for the same vault, run in a process of its own.

python -m tests.vault.racer PATH MEMBER SECONDS LOG INSIDE

Prints "ready" once imported, waits for a line on stdin, then for SECONDS opens the vault as MEMBER,
saves one new case, and closes it, again and again. "In use" is the refusal a copy expects while another
holds the vault: it simply tries again. LOG gets one JSON line per event, written the moment it happens:
{"saved": TITLE} once the vault has acknowledged a case (the call returned), {"error": KIND, "message": ...}
for any other failure, {"overlap": TITLE} when INSIDE, a file that exists only while a copy holds the
vault open, was already there: two copies held the vault at once. The last line counts the refusals.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import IO

from cocdesk.vault import Vault, VaultInUse
from tests.vault.conftest import PASSPHRASES

PAUSE = 0.001  # seconds, at most, before trying again after a refusal


def _note(log: IO[str], **event: object) -> None:
    log.write(json.dumps(event, ensure_ascii=False) + "\n")
    log.flush()


def _failed(log: IO[str], error: BaseException) -> None:
    _note(log, error=type(error).__name__, message=str(error))


def _enter(inside: Path) -> bool:
    """Whether this copy alone is inside: the marker did not exist yet."""
    try:
        os.close(os.open(inside, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return False
    return True


def race(path: str, member: str, seconds: str, log_path: str, inside_path: str) -> None:
    inside = Path(inside_path)
    print("ready", flush=True)
    sys.stdin.readline()
    deadline = time.monotonic() + float(seconds)
    refused = attempts = 0
    with open(log_path, "a", encoding="utf-8") as log:
        while time.monotonic() < deadline:
            attempts += 1
            title = f"{member} {attempts}"
            try:
                vault = Vault.open(path, member, PASSPHRASES[member])
            except VaultInUse:
                refused += 1
                time.sleep(random.uniform(0, PAUSE))  # spinning would starve the holder on a small machine
                continue
            except Exception as error:
                _failed(log, error)
                continue
            alone = _enter(inside)
            if not alone:
                _note(log, overlap=title)
            try:
                vault.new_case(title=title)
                _note(log, saved=title)
            except Exception as error:
                _failed(log, error)
            finally:
                if alone:
                    inside.unlink()
                try:
                    vault.close()
                except Exception as error:
                    _failed(log, error)
        _note(log, refused=refused, attempts=attempts)


if __name__ == "__main__":
    race(*sys.argv[1:])
