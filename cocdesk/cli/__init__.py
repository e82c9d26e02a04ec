"""The `cocdesk` command: the station, and the vault and case commands that run without a window."""

from __future__ import annotations

import sys

from cocdesk.hardening import keep_out_of_core_dumps


def main(argv: list[str] | None = None) -> int:
    keep_out_of_core_dumps()  # before any passphrase is read or key derived
    args = sys.argv[1:] if argv is None else argv
    from cocdesk.cli.station import start_station, station_arguments

    station = station_arguments(args)
    if station is not None:
        return start_station(*station)
    from cocdesk.cli.main import main as run_command

    return run_command(args)


__all__ = ["main"]
