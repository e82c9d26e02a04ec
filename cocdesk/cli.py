"""The `cocdesk` command."""

from __future__ import annotations

import sys

from cocdesk import __version__


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        print(f"cocdesk {__version__}")
        return 0
    return 0
