"""Parse the command line, run one command, and turn every failure into one line on stderr.

Every failure goes out through ``fail``: one line, its controls escaped, at most a few hundred
characters, whatever a member typed or a file held."""

from __future__ import annotations

import argparse
import json
import sys
from typing import NoReturn

from pydantic import ValidationError

from cocdesk import __version__
from cocdesk.cli import case_commands, handover_command, paper_commands, vault_commands
from cocdesk.cli.prompts import CliError
from cocdesk.cli.station import start_station
from cocdesk.desk import VaultError
from cocdesk.domain.common import explain
from cocdesk.domain.text import one_line
from cocdesk.exchange import CaseFileError
from cocdesk.paths import default_vault_path
from cocdesk.procedure.loader import ProcedureError

EXPECTED = (CliError, VaultError, ProcedureError, CaseFileError)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A mistyped command gets one line, like every other failure."""
        self.exit(2, one_line(f"{self.prog}: {message}. See {self.prog} --help.") + "\n")


def build_parser() -> Parser:
    parser = Parser(
        prog="cocdesk",
        description="CoC Desk, the Code of Conduct safety desk. Without a command it starts the station.",
    )
    parser.add_argument("--version", action="version", version=f"cocdesk {__version__}")
    parser.add_argument(
        "--vault",
        metavar="PATH",
        help=f"the vault to open, or to set up when none is there yet (else {default_vault_path()})",
    )
    parser.add_argument("--demo", action="store_true", help="start the station on a demo vault")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    vault_commands.register(commands)
    case_commands.register(commands)
    paper_commands.register(commands)
    handover_command.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:  # --help, --version and usage errors have already printed their line
        return stop.code if isinstance(stop.code, int) else 1
    try:
        if args.command is None:
            return start_station(args.vault, args.demo)
        if args.vault is not None or args.demo:
            parser.error("--vault and --demo start the station; they do not go with a command")
        result: int = args.run(args)
        return result
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    except EXPECTED as error:
        return fail(str(error))
    except ValidationError as error:
        said = explain(error)
        return fail(f"{said[:1].upper()}{said[1:]}.")
    except json.JSONDecodeError as error:
        return fail(f"That is not valid JSON: {error}.")
    except OSError as error:
        return fail(describe(error))
    except KeyboardInterrupt:
        return fail("Stopped.", 130)
    except Exception as error:  # a fault of ours: still one line, and the vault's own writes are atomic
        what = f"{type(error).__name__}: {error}"
        return fail(f"CoC Desk met an error it does not expect ({what}). Please report it.")


def describe(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}." if error.filename else f"{reason}."


def fail(message: str, code: int = 1) -> int:
    print(one_line(message), file=sys.stderr)
    return code
