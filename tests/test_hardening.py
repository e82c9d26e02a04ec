"""A crash writes no core file: the command line and the station, started as a user starts them, with
core files switched on as a user might have them, and killed while they hold a vault's key."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cocdesk.desk import Desk
from cocdesk.domain import Event
from tests.cli_support import FAST

ROOT = Path(__file__).resolve().parent.parent
LEAD, LEAD_PASSPHRASE = "Łukasz Nowak", "żółw śpi pod dębem"
NEWCOMER = "Зоя Смирнова"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="core files as Linux writes them"
)


CANNOT_RAISE = (
    "no process started from here can write a core: this test process's hard core limit is 0 (the"
    " system's, or set by an earlier test that ran the entry point in this process through"
    " tests/cli_support.py's Cli); run this file on its own"
)


def core_files_on() -> None:
    """In the child before it starts: core files as large as allowed, as ``ulimit -c unlimited`` sets."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        raise OSError("the hard core limit is 0")
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def start(argv: list[str], folder: Path, **env: str) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen(
            [sys.executable, *argv],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env},
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=core_files_on,
        )
    except subprocess.SubprocessError:
        pytest.skip(CANNOT_RAISE)


def core_limit(pid: int) -> str:
    lines = Path(f"/proc/{pid}/limits").read_text().splitlines()
    return " ".join(next(line for line in lines if line.startswith("Max core file size")).split()[4:6])


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if process.poll() is not None:
            pytest.fail(
                f"the process ended early: {process.stderr.read().decode() if process.stderr else ''}"
            )
        assert time.monotonic() < deadline, "the process did not get there in time"
        time.sleep(0.05)


def crash(process: subprocess.Popen[bytes], how: signal.Signals) -> None:
    process.send_signal(how)
    assert process.wait(timeout=30) == -how


def cores(folder: Path) -> list[Path]:
    return sorted(folder.glob("core*"))


def held_open(folder: Path, command: list[str]) -> subprocess.Popen[bytes]:
    """``add-member`` unlocked a vault in ``folder`` and now waits for the newcomer's passphrase: the
    database key is in its memory."""
    folder.mkdir()
    vault = folder / "summit.cocdesk"
    event = Event(name="PyCon Ελλάδα 2026", time_zone="Europe/Athens")
    Desk.create(vault, event, LEAD, LEAD_PASSPHRASE, kdf=FAST).close()
    argv = [
        *command,
        "vault",
        "add-member",
        str(vault),
        "--member",
        LEAD,
        "--new-member",
        NEWCOMER,
        "--role",
        "responder",
    ]
    argv.append("--passphrase-stdin")
    process = start(argv, folder)
    assert process.stdin is not None
    process.stdin.write(f"{LEAD_PASSPHRASE}\n".encode())
    process.stdin.flush()
    wait_for(lambda: vault.with_name(f"{vault.name}.lock").exists(), process)
    return process


def test_the_command_line_holding_a_key_crashes_without_a_core_file(tmp_path: Path) -> None:
    unguarded, guarded = tmp_path / "unguarded", tmp_path / "guarded"
    # the same command without the entry point's first line: this machine writes the core
    bypass = ["-c", "import sys; from cocdesk.cli.main import main; sys.exit(main(sys.argv[1:]))"]
    crash(held_open(unguarded, bypass), signal.SIGABRT)
    if not cores(unguarded):
        pytest.skip("this machine writes no core files, so there is nothing to switch off")

    process = held_open(guarded, ["-m", "cocdesk"])
    assert core_limit(process.pid) == "0 0"
    crash(process, signal.SIGABRT)
    assert cores(guarded) == []


def test_the_unlocked_station_crashes_without_a_core_file(tmp_path: Path) -> None:
    """``cocdesk --demo`` unlocks a demo vault full of cases at once; it crashes while showing them."""
    unguarded, guarded = tmp_path / "unguarded", tmp_path / "guarded"
    for folder in (unguarded, guarded):
        folder.mkdir()

    def unlocked(folder: Path) -> Callable[[], bool]:
        return lambda: any(folder.glob("cocdesk-demo-*/demo.cocdesk.lock"))

    bypass = ["-c", "from cocdesk.gui import app; app.run(None, True)"]
    process = start(bypass, unguarded, TMPDIR=str(unguarded))
    wait_for(unlocked(unguarded), process)
    crash(process, signal.SIGSEGV)
    if not cores(unguarded):
        pytest.skip("this machine writes no core files, so there is nothing to switch off")

    process = start(["-m", "cocdesk", "--demo"], guarded, TMPDIR=str(guarded))
    wait_for(unlocked(guarded), process)
    assert core_limit(process.pid) == "0 0"
    crash(process, signal.SIGSEGV)
    assert cores(guarded) == []


def test_the_entry_point_leaves_the_process_not_dumpable_and_without_core_files(tmp_path: Path) -> None:
    """Asked inside the process, after the command's own entry point ran (``--version`` returns at
    once): the kernel neither writes a core nor lets another process of the user attach."""
    script = (
        "import resource; from cocdesk.cli import main; from cocdesk.hardening import is_dumpable\n"
        "assert main(['--version']) == 0\n"
        "print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=core_files_on,
        )
    except subprocess.SubprocessError:
        pytest.skip(CANNOT_RAISE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False (0, 0)"


def test_where_the_switches_do_not_exist_the_command_still_runs(tmp_path: Path) -> None:
    """A C library without ``prctl`` and a core limit that cannot be set: the command runs as before."""
    script = (
        "import ctypes, resource\n"
        "class NoPrctl:\n"
        "    def __init__(self, *a, **k): pass\n"
        "    def __getattr__(self, name): raise AttributeError(name)\n"
        "ctypes.CDLL = NoPrctl\n"
        "def refuse(*a): raise ValueError('not allowed here')\n"
        "resource.setrlimit = refuse\n"
        "from cocdesk.cli import main\n"
        "raise SystemExit(main(['--version']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cocdesk ")
