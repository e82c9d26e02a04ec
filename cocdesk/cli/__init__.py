"""The `cocdesk` command: the station, and the vault and case commands that run without a window."""

from cocdesk.cli.main import main

__all__ = ["main"]
