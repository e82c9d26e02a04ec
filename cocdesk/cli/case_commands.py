"""`cocdesk case ...` and `cocdesk schema`: list cases without names, export one, import one."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from cocdesk.cli import evidence_commands
from cocdesk.cli.prompts import CliError, Passphrases, add_passphrase_option, say, say_json
from cocdesk.cli.vault_commands import unlock
from cocdesk.desk import Act, CaseSummary
from cocdesk.domain.common import now
from cocdesk.exchange import case_schema, read_case_json
from cocdesk.procedure.matrix import Matrix
from cocdesk.small_files import CASE_FILE_MOST, TooLarge, read_at_most


def summary_json(summary: CaseSummary, at: datetime) -> dict[str, Any]:
    quadrant = summary.quadrant
    return {
        "code": summary.code,
        "status": summary.status.value,
        "quadrant": {"risk": quadrant[0].value, "impact": quadrant[1].value} if quadrant else None,
        "received_at": summary.received_at.isoformat(),
        "next_due": summary.next_due.isoformat() if summary.next_due else None,
        "overdue": summary.overdue(at),
    }


def summary_row(
    summary: CaseSummary, at: datetime, zone: ZoneInfo, matrix: Matrix
) -> tuple[str, str, str, str]:
    quadrant = summary.quadrant
    placed = matrix.name(*quadrant) if quadrant else "not placed"
    due = "none"
    if summary.next_due is not None:
        due = summary.next_due.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
        due += "  OVERDUE" if summary.overdue(at) else ""
    return summary.code, summary.status.label, placed, due


def list_cases(args: argparse.Namespace) -> int:
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        summaries, zone, matrix = desk.cases(), desk.event.zone, desk.procedure.matrix
    at = now()
    if args.json:
        say_json(json.dumps([summary_json(s, at) for s in summaries], indent=2, ensure_ascii=False))
        return 0
    rows = [
        ("CODE", "STATUS", "QUADRANT", "NEXT DEADLINE"),
        *(summary_row(s, at, zone, matrix) for s in summaries),
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        say("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]]))
    late = sum(s.overdue(at) for s in summaries)
    say(f"{len(summaries)} case{'s' if len(summaries) != 1 else ''}, {late} overdue.")
    return 0


def show(args: argparse.Namespace) -> int:
    if not args.json:
        raise CliError(
            "case show prints a case as JSON only: add --json (the export is recorded in the audit log)."
        )
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        text = desk.export_case_json(args.code)
    say_json(text)
    return 0


def import_case(args: argparse.Namespace) -> int:
    try:
        text = read_at_most(args.file, CASE_FILE_MOST)
    except TooLarge as refused:
        raise CliError(f"{args.file} cannot be imported: {refused}. Nothing was written.") from None
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        desk.require(Act.IMPORT)  # refused before the file is read, so a refusal is one sentence
        case = read_case_json(text, desk.procedure, args.file)
        stored = desk.import_case(case)
        alerts = [alert.text for alert in desk.held_alerts_for(stored.id)]
    if stored.code != case.code:
        say(f"Imported the case as {stored.code}: the code {case.code} is taken in this vault.")
    else:
        say(f"Imported the case {stored.code}.")
    for alert in alerts:
        say(alert)
    return 0


def schema(args: argparse.Namespace) -> int:
    say_json(json.dumps(case_schema(), indent=2, ensure_ascii=False))
    return 0


def register(commands: argparse._SubParsersAction[Any]) -> None:
    case = commands.add_parser("case", help="list cases, export one as JSON, import one, attach evidence")
    actions = case.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, run: object, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=help, description=help)
        parser.add_argument("path", metavar="PATH", help="the vault file")
        parser.set_defaults(run=run)
        return parser

    parser = action("list", list_cases, "code, status, quadrant and next deadline of every case; no names")
    parser.add_argument("--json", action="store_true", help="an array of objects instead of a table")
    parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
    add_passphrase_option(parser)

    parser = action("show", show, "print a case as JSON: a deliberate plaintext export, recorded in the log")
    parser.add_argument("code", metavar="CODE", help="the case's code")
    parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
    parser.add_argument("--json", action="store_true", help="required: the case as JSON")
    add_passphrase_option(parser)

    parser = action("import", import_case, "add a case from a JSON file (a new code if its code is taken)")
    parser.add_argument("file", metavar="FILE.json", help="a case in the shape `case show --json` prints")
    parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
    add_passphrase_option(parser)

    evidence_commands.register(actions)

    parser = commands.add_parser("schema", help="print the JSON Schema of a case")
    parser.set_defaults(run=schema)
