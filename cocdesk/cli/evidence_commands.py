"""`cocdesk case attach`: keep a file with a case as evidence, sealed in the vault.

The file is read before any passphrase is asked for, so a file too large or missing is one sentence
and nothing else; what was attached is said by its type, size and SHA-256.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from cocdesk.cli.prompts import CliError, Passphrases, add_passphrase_option, say
from cocdesk.cli.vault_commands import unlock
from cocdesk.desk import Act
from cocdesk.desk.evidence import too_large
from cocdesk.domain.evidence import MOST_BYTES, size_text
from cocdesk.small_files import TooLarge, read_at_most


def attach(args: argparse.Namespace) -> int:
    name = os.path.basename(args.file)
    try:
        data = read_at_most(args.file, MOST_BYTES)
    except TooLarge as refused:
        size = os.stat(args.file).st_size if os.path.isfile(args.file) else 0
        reason = too_large(name, size) if size else f"{args.file} cannot be attached: {refused}."
        raise CliError(f"{reason} Nothing was written.") from None
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        desk.require(Act.ATTACH)
        attached = desk.attach(args.code, name, data)
        code = desk.case(args.code, timeline=False).code
    a = attached.attachment
    say(f"Attached “{a.name}” to case {code}: {a.kind}, {size_text(a.size)}, SHA-256 {a.sha256}.")
    if attached.warning:
        say(attached.warning)
    return 0


def register(actions: argparse._SubParsersAction[Any]) -> None:
    what = "attach a file to a case as evidence, sealed in the vault (images and PDFs can be shown)"
    parser: argparse.ArgumentParser = actions.add_parser("attach", help=what, description=what)
    parser.add_argument("path", metavar="PATH", help="the vault file")
    parser.add_argument("code", metavar="CODE", help="the case's code")
    parser.add_argument("file", metavar="FILE", help=f"the file (at most {MOST_BYTES >> 20} MB)")
    parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
    add_passphrase_option(parser)
    parser.set_defaults(run=attach)
