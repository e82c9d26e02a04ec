"""The open desk and the runner every act of the window goes through.

The station owns one ``Session``. Windows and pages keep the session, never a desk or a vault: after a
lock and an unlock the same session holds the new desk, so nothing is rewired by hand. Every act runs
through ``run``: a refusal or failure becomes one sentence for the member (never a traceback), and a
change is announced once, as ``sig_cases_changed``, which the case list, the case view, the board, the
wizard and the closing dialog follow. Work that takes long (unlocking, a large export, the transparency
report, a print preview) runs off the GUI thread through ``in_background`` while the window keeps
painting and shows it is busy.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from cocdesk.desk import Desk, VaultError
from cocdesk.gui import dialogs

T = TypeVar("T")

NOT_DONE = "Not done"


class Locked(VaultError):
    def __init__(self) -> None:
        super().__init__("The station is locked. Unlock it, then try again.")


class Session(QObject):
    sig_cases_changed = Signal(list)  # ids (str) of the cases an act changed; [] for "any of them"
    sig_team_changed = Signal()  # members, roles or the event's settings
    sig_opened = Signal()  # a member unlocked: ``desk`` is theirs
    sig_closed = Signal()  # locked or quit: ``desk`` is gone
    sig_problem = Signal(str)  # an act was refused or failed: the sentence to show
    sig_busy = Signal(str)  # long work started ("" when it ended): what the station is doing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._jobs: set[_Job] = set()

    # the desk

    @property
    def desk(self) -> Desk:
        if self._desk is None or not self._desk.is_open:
            raise Locked()
        return self._desk

    @property
    def is_open(self) -> bool:
        return self._desk is not None and self._desk.is_open

    def open(self, desk: Desk) -> None:
        self._desk = desk
        self.sig_opened.emit()

    def close(self) -> None:
        """Close the desk (the vault drops its key); the windows keep what they show until unlocked.
        Nothing else may keep the desk: once closed, it is freed with its vault."""
        desk, self._desk = self._desk, None
        _forget_last_error()
        if desk is not None:
            desk.close()
            self.sig_closed.emit()

    def forget(self) -> None:
        """The desk is gone already (the event was closed and its vault destroyed)."""
        self._desk = None
        self.sig_closed.emit()

    # acts

    def run(
        self,
        act: Callable[[Desk], T],
        *,
        changed: Iterable[Any] | None = (),
        parent: QWidget | None = None,
        title: str = NOT_DONE,
        tell: bool = True,
    ) -> T | None:
        """Do ``act`` on the desk. On success announce ``changed`` (case ids; None for none at all) and
        return its result. On a refusal or failure, say the sentence (in a message box over ``parent``
        when ``tell``, always as ``sig_problem``) and return None."""
        try:
            result = act(self.desk)
        except VaultError as error:
            self._problem(str(error), parent, title, tell)
            return None
        except OSError as error:
            self._problem(_os_sentence(error), parent, title, tell)
            return None
        if changed is not None:
            self.sig_cases_changed.emit([str(c) for c in changed])
        return result

    def read(self, read: Callable[[Desk], T], default: T) -> T:
        """A read for the screen: ``default`` when the station is locked or the read fails."""
        try:
            return read(self.desk)
        except VaultError:
            return default

    def _problem(self, sentence: str, parent: QWidget | None, title: str, tell: bool) -> None:
        self.sig_problem.emit(sentence)
        if tell:
            dialogs.tell(parent, title, sentence)

    # long work

    def in_background(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        busy: str,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread; then ``done(result)`` (or ``failed(sentence)``) on it."""
        job: _Job = _Job(work)
        self._jobs.add(job)

        def finish(ok: bool, value: object) -> None:
            self._jobs.discard(job)
            self.sig_busy.emit("")
            if ok:
                done(value)  # type: ignore[arg-type]
            elif failed is not None:
                failed(str(value))
            else:
                self.sig_problem.emit(str(value))

        job.signals.sig_finished.connect(finish)
        self.sig_busy.emit(busy)
        QThreadPool.globalInstance().start(job)

    def wait_for_background(self, msecs: int = 30_000) -> bool:
        """Block until no background work is left (for a lock or quit, and for tests)."""
        return QThreadPool.globalInstance().waitForDone(msecs)


class _JobSignals(QObject):
    sig_finished = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work: Callable[[], Any] | None = work
        self.signals = _JobSignals()

    def run(self) -> None:
        ok, value = self._outcome()
        self.signals.sig_finished.emit(ok, value)

    def _outcome(self) -> tuple[bool, Any]:
        """The work's result, or the sentence its failure says. The work goes before its result is
        announced, and with it what it holds (an unlock's passphrase, an export's desk)."""
        work, self.work = self.work, None
        assert work is not None, "a job runs once"
        try:
            with _collector_paused():
                return True, work()
        except VaultError as error:
            return False, str(error)
        except OSError as error:
            return False, _os_sentence(error)


_running = 0
_running_lock = threading.Lock()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector stays off while background work runs: a full collection over the
    many objects a large export builds holds the interpreter for hundreds of milliseconds, and the
    window would stop painting. The work's objects are freed as usual when it ends."""
    global _running
    with _running_lock:
        _running += 1
        gc.disable()
    try:
        yield
    finally:
        with _running_lock:
            _running -= 1
            if _running == 0:
                gc.enable()


def _forget_last_error() -> None:
    """An error in a slot is kept in ``sys.last_traceback`` (and ``sys.last_exc``) with every frame it
    went through, and so with the desk, its vault and their key, for as long as the process runs."""
    for name in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            delattr(sys, name)


def _os_sentence(error: OSError) -> str:
    where = f" ({error.filename})" if error.filename else ""
    return f"The file could not be written{where}: {error.strerror or error}. Choose another place."
