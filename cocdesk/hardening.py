"""The process keeps its memory to itself: a crash writes no core file, and no other program of the
same user can attach to it and read it.

An unlocked station holds the database key and the text of open cases in memory. A core file would
copy both to disk, outside the vault, where nothing erases them. Two switches, set before any key is
derived: the core size limit goes to 0 (soft and hard, so nothing later in the process can raise it
again), and on Linux the process is marked not dumpable, which also stops a core piped to a crash
collector (with the kernel's default ``fs.suid_dumpable = 0``) and refuses ``ptrace`` and
``/proc/PID/mem`` to other processes of the same user. Where a switch does not exist the process runs
as before: starting the station matters more than either switch.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def keep_out_of_core_dumps() -> None:
    """Turn core files off for this process (and the processes it starts); never fails."""
    _no_core_files()
    _not_dumpable()


def _no_core_files() -> None:
    try:
        import resource
    except ImportError:  # Windows has no core files to turn off
        return
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _not_dumpable() -> None:
    if not sys.platform.startswith("linux"):
        return
    prctl = _prctl()
    if prctl is not None:
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core of this process or let another process attach to it;
    None where that cannot be asked (not Linux)."""
    prctl = _prctl() if sys.platform.startswith("linux") else None
    return None if prctl is None else bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _prctl() -> Callable[..., int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # a C library without prctl: nothing to switch
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    function.restype = ctypes.c_int
    prctl: Callable[..., int] = function
    return prctl
