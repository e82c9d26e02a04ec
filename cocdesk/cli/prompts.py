"""Asking for passphrases: at a hidden prompt, or one per line on standard input; never from the
command's arguments or the environment, where other users and shell histories see them. And asking
whether a file may be written: only with ``--force`` over an existing one, never over a vault's own.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import warnings
from typing import TextIO

from cocdesk.domain.text import json_printable, printable
from cocdesk.outputs import OutputExists, check_output_path
from cocdesk.passphrases import weakness


def say(message: str, *, file: TextIO | None = None) -> None:
    """One line for the terminal, with any control character in it (a path or a name typed with an
    escape sequence) written as its escape."""
    print(printable(message), file=file or sys.stdout)


def say_json(text: str) -> None:
    """JSON for the terminal or a pipe: what a terminal would act on written as JSON escapes."""
    sys.stdout.write(json_printable(text if text.endswith("\n") else text + "\n"))


class CliError(Exception):
    """Something the user can put right. ``str()`` is the one line the command prints."""


class Passphrases:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def existing(self, whose: str) -> str:
        return self._read(f"Passphrase for {whose}: ", f"the passphrase for {whose}")

    def new(self, whose: str) -> str:
        """A passphrase being set: refused when weak; typed twice at a prompt."""
        passphrase = self._read(f"New passphrase for {whose}: ", f"the new passphrase for {whose}")
        problem = weakness(passphrase)
        if problem:
            raise CliError(f"{problem} Nothing was changed.")
        if not self.from_stdin and self._read("The same passphrase again: ", "") != passphrase:
            raise CliError("The two passphrases differ. Nothing was changed.")
        return passphrase

    def _read(self, prompt: str, what: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise CliError(f"Standard input ended before {what}: give one passphrase per line.")
            passphrase = line.removesuffix("\n").removesuffix("\r")
        else:
            passphrase = _prompt(prompt)
        if not passphrase:
            raise CliError("No passphrase was given. Nothing was changed.")
        return passphrase


def _prompt(prompt: str) -> str:
    with warnings.catch_warnings():
        # Without a terminal getpass would echo the passphrase after a warning; refuse instead.
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise CliError(
                "There is no terminal to ask for the passphrase on: use --passphrase-stdin"
                " to give it on standard input."
            ) from None
        except EOFError:
            raise CliError("No passphrase was given. Nothing was changed.") from None


def confirm(question: str) -> bool:
    """A yes typed at a terminal; False when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} Type yes to go on: ").strip().casefold() == "yes"
    except EOFError:
        return False


def add_passphrase_option(parser: argparse.ArgumentParser, lines: str = "the passphrase") -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"read {lines} from standard input instead of a hidden prompt",
    )


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace an existing file (never one of a vault's own files)"
    )


def writable(path: str, *, force: bool) -> str:
    """``path``, once it is known that a document may go there: never over a vault's own files, and
    over another existing file only with ``--force``. Asked before any passphrase is."""
    try:
        check_output_path(path, force=force)
    except OutputExists:
        raise CliError(f"{path} already exists, so nothing was written; add --force to replace it.") from None
    return path
