"""`cocdesk handover PATH OUT.pdf --member NAME`: the shift handover sheet, recorded in the audit log."""

from __future__ import annotations

import argparse
from typing import Any

from cocdesk.cli.prompts import Passphrases, add_force_option, add_passphrase_option, say, writable
from cocdesk.cli.vault_commands import unlock
from cocdesk.desk import Read


def register(commands: argparse._SubParsersAction[Any]) -> None:
    handover = commands.add_parser(
        "handover",
        help="the shift handover sheet: every open case by code, its next step, owner, deadline,"
        " what was promised to the reporter and what is overdue",
    )
    handover.add_argument("path", metavar="PATH", help="the vault")
    handover.add_argument("out", metavar="OUT.pdf")
    handover.add_argument("--member", required=True, metavar="NAME")
    handover.add_argument(
        "--number",
        type=int,
        metavar="N",
        help="a handover already made, by its number (else the open cases as they stand now)",
    )
    add_force_option(handover)
    add_passphrase_option(handover)
    handover.set_defaults(run=handover_sheet)


def handover_sheet(args: argparse.Namespace) -> int:
    writable(args.out, force=args.force)
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        desk.require(Read.HANDOVER)
        writable(args.out, force=args.force)  # again: a file may have appeared while the passphrase was typed
        digest = desk.save_handover_sheet(args.out, args.number)
    say(f"Wrote {args.out} (SHA-256 {digest}).")
    return 0
