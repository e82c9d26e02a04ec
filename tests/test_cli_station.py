"""`cocdesk` alone, or with --vault/--demo, goes straight to the window without loading the commands."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cocdesk.cli.station import station_arguments


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["--demo"], (None, True)),
        (["--vault", "/tmp/Łódź.cocdesk"], ("/tmp/Łódź.cocdesk", False)),
        (["--vault=/tmp/e.cocdesk", "--demo"], ("/tmp/e.cocdesk", True)),
        (["vault", "list"], None),
        (["--version"], None),
        (["--vault"], None),
        (["--vault", "--demo"], None),
    ],
)
def test_which_arguments_start_the_station(argv: list[str], expected: tuple[str | None, bool] | None) -> None:
    assert station_arguments(argv) == expected


def test_the_station_path_does_not_load_the_commands_or_the_documents() -> None:
    code = (
        "import sys; import cocdesk.cli.station;"
        "print(sorted(m for m in sys.modules if m.startswith(('cocdesk.paper', 'cocdesk.demo', 'reportlab',"
        " 'cocdesk.cli.main', 'cocdesk.vault'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
