"""Starting the station window, kept light: `cocdesk` alone must reach the unlock screen fast, so this
path imports neither the vault, the paper documents nor the other commands."""

from __future__ import annotations

import importlib
import sys


def station_arguments(argv: list[str]) -> tuple[str | None, bool] | None:
    """(vault path, demo) when ``argv`` only starts the station; None when it names a command."""
    vault: str | None = None
    demo = False
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--demo":
            demo = True
        elif word == "--vault" and rest and not rest[0].startswith("-"):
            vault = rest.pop(0)
        elif word.startswith("--vault="):
            vault = word.split("=", 1)[1]
        else:
            return None
    return vault, demo


def start_station(vault_path: str | None, demo: bool) -> int:
    """The window: Qt is imported here and only here, so the other commands run without it."""
    try:
        app = importlib.import_module("cocdesk.gui.app")
    except ImportError as error:
        print(f"The station window cannot start ({error}). The other commands still work.", file=sys.stderr)
        return 1
    return int(app.run(vault_path, demo))
