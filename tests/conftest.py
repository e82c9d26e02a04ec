"""Shared test set-up: Qt runs offscreen, the app's data folders and temporary files live in a
temporary home with no D-Bus, and hypothesis has no per-example deadline (the machine running CI may
be slower than a laptop)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# a desk's screen, on which the windows open at the size they prefer; tests/gui/test_layout_sizes.py
# runs the window on a netbook's 1024×600 (tests/gui/screens/netbook.json) in a process of its own
DESK_SCREEN = Path(__file__).parent / "gui" / "screens" / "desk.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={DESK_SCREEN}")

settings.register_profile(
    "cocdesk", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("cocdesk")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own home, so nothing reads or writes the real user's data or settings."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("HOME", home),
        ("XDG_DATA_HOME", home / ".local" / "share"),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_CACHE_HOME", home / ".cache"),
        ("XDG_RUNTIME_DIR", home / "run"),
    ):
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    os.chmod(home / "run", 0o700)
    # a temporary folder of its own, so a test that looks for files left in it sees only its own
    (home / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    # no bus: a screen saver or a sleep on the machine running the tests must not lock a test's station
    for bus in ("DBUS_SYSTEM_BUS_ADDRESS", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.setenv(bus, f"unix:path={home / 'run' / 'no-bus'}")
    yield home
