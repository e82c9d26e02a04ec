"""`cocdesk case attach`: keep a file with a case as evidence, sealed in the vault.

The file is read before any passphrase is asked for, so a file too large or missing is one sentence
and nothing else; what was attached is said by its type, size and SHA-256.
"""

from __future__ import annotations

import argparse
from typing import Any

from cocdesk.cli.prompts import CliError, Passphrases, add_passphrase_option, say
from cocdesk.cli.vault_commands import unlock
from cocdesk.desk import Act, InvalidEdit
from cocdesk.desk.evidence import read_evidence
from cocdesk.domain.evidence import LIMIT_TEXT, size_text


def attach(args: argparse.Namespace) -> int:
    try:
        name, data = read_evidence(args.file)
    except InvalidEdit as refused:
        raise CliError(f"{refused} Nothing was written.") from None
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
    parser.add_argument("file", metavar="FILE", help=f"the file (at most {LIMIT_TEXT})")
    parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
    add_passphrase_option(parser)
    parser.set_defaults(run=attach)
