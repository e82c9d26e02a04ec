"""`cocdesk forms ...`, `cocdesk export` and `cocdesk report transparency`: the paper documents."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cocdesk import paper
from cocdesk.cli.prompts import CliError, Passphrases, add_force_option, add_passphrase_option, say, writable
from cocdesk.cli.vault_commands import unlock
from cocdesk.desk import Act, Desk
from cocdesk.domain.event import Event
from cocdesk.paper import Document
from cocdesk.procedure.loader import default_procedure
from cocdesk.procedure.model import Procedure


def register(commands: argparse._SubParsersAction[Any]) -> None:
    forms = commands.add_parser("forms", help="print-ready forms and sheets as PDF")
    kinds = forms.add_subparsers(dest="form", metavar="FORM", required=True, parser_class=type(forms))
    blank = kinds.add_parser("blank", help="the blank incident report form, for filling by hand")
    blank.add_argument("out", metavar="OUT.pdf")
    add_force_option(blank)
    blank.add_argument("--paper", choices=("a4", "letter"), help="paper size (else the event's, or A4)")
    blank.add_argument("--step", metavar="STEP", help="print only this step (its id, e.g. gather)")
    _event_options(blank)
    blank.set_defaults(run=blank_form)
    for name, helptext, run in (
        ("info-sheet", "how to report and what happens next, for attendees", information_sheet),
        (
            "pocket-card",
            "the responder pocket card: one sheet that folds to A6, contacts and steps",
            pocket_card,
        ),
    ):
        sheet = kinds.add_parser(name, help=helptext)
        sheet.add_argument("out", metavar="OUT.pdf")
        add_force_option(sheet)
        sheet.add_argument("--paper", choices=("a4", "letter"), help="paper size (else the event's, or A4)")
        _event_options(sheet)
        sheet.set_defaults(run=run)

    export = commands.add_parser("export", help="the Safety and Diversity Officer's export of filed cases")
    export.add_argument("path", metavar="PATH", help="the vault")
    export.add_argument("--member", required=True, metavar="NAME")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="CODE", help="one case")
    which.add_argument("--all-filed", action="store_true", help="every filed or closed case, in one file")
    export.add_argument(
        "--with-names", action="store_true", help="include the reporter's and witnesses' names"
    )
    export.add_argument("out", metavar="OUT.pdf")
    add_force_option(export)
    add_passphrase_option(export)
    export.set_defaults(run=officer_export)

    report = commands.add_parser("report", help="reports for after the event")
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True, parser_class=type(report))
    transparency = reports.add_parser("transparency", help="the public transparency report")
    transparency.add_argument("path", metavar="PATH", help="the vault")
    transparency.add_argument("--member", required=True, metavar="NAME")
    transparency.add_argument("out", metavar="OUT.pdf")
    transparency.add_argument("--markdown", metavar="OUT.md", help="also as Markdown, for a blog post")
    transparency.add_argument(
        "--draft",
        action="store_true",
        help="the draft for the closing ceremony, as of now, with open cases counted apart",
    )
    add_force_option(transparency)
    add_passphrase_option(transparency)
    transparency.set_defaults(run=transparency_report)


def _event_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", dest="event_vault", metavar="PATH", help="fill in the event's details from this vault"
    )
    parser.add_argument("--member", metavar="NAME", help="who unlocks the vault")
    add_passphrase_option(parser)


@contextlib.contextmanager
def event_source(args: argparse.Namespace) -> Iterator[tuple[Procedure, Event | None, Desk | None]]:
    """The event's procedure and details when a vault is named; the shipped procedure and blanks if not."""
    if args.event_vault is None:
        yield default_procedure(), None, None
        return
    if not args.member:
        raise CliError("--vault needs --member: who unlocks it.")
    with unlock(args.event_vault, args.member, Passphrases(args.passphrase_stdin)) as desk:
        yield desk.procedure, desk.event, desk


def _save(document: Document, out: str, force: bool, desk: Desk | None, what: str) -> int:
    writable(out, force=force)  # again: a file may have appeared while the passphrase was typed
    if desk is not None:
        desk.save_document(document, out, "paper.save", what)
    else:
        document.save(out)
    _report(document, out)
    return 0


def _report(document: Document, out: str) -> None:
    say(f"Wrote {out} ({document.pages} page{'s' if document.pages != 1 else ''}).")
    if document.uncovered:
        shown = " ".join(sorted(document.uncovered))
        say(f"No bundled font has these characters; they are printed as their code: {shown}")


def blank_form(args: argparse.Namespace) -> int:
    writable(args.out, force=args.force)
    with event_source(args) as (procedure, event, desk):
        if args.step is not None and args.step not in {s.id for s in procedure.steps}:
            steps = ", ".join(s.id for s in procedure.steps)
            raise CliError(f"The procedure has no step '{args.step}'. Its steps are: {steps}.")
        document = paper.blank_form(procedure, event, step_id=args.step, paper=args.paper)
        return _save(document, args.out, args.force, desk, "Saved a blank incident report form")


def information_sheet(args: argparse.Namespace) -> int:
    writable(args.out, force=args.force)
    with event_source(args) as (procedure, event, desk):
        document = paper.information_sheet(procedure, event, paper=args.paper)
        return _save(document, args.out, args.force, desk, "Saved the attendee information sheet")


def pocket_card(args: argparse.Namespace) -> int:
    writable(args.out, force=args.force)
    with event_source(args) as (procedure, event, desk):
        document = paper.pocket_card(procedure, event, paper=args.paper)
        return _save(document, args.out, args.force, desk, "Saved the responder pocket card")


def officer_export(args: argparse.Namespace) -> int:
    writable(args.out, force=args.force)
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        desk.require(Act.EXPORT)
        if not args.case and not desk.filed_cases():
            raise CliError("No case is filed yet, so there is nothing to export.")
        refs = [args.case] if args.case else None
        writable(args.out, force=args.force)
        desk.officer_export(args.out, refs, with_names=args.with_names)
    say(f"Wrote {args.out}.")
    return 0


def transparency_report(args: argparse.Namespace) -> int:
    _transparency_outputs(args)
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        _transparency_outputs(args)
        saved = desk.transparency_report(args.out, args.markdown, final=not args.draft)
    for path, _ in saved:
        say(f"Wrote {path}.")
    return 0


def _transparency_outputs(args: argparse.Namespace) -> None:
    writable(args.out, force=args.force)
    if args.markdown is not None:
        writable(args.markdown, force=args.force)
        if Path(args.markdown).resolve() == Path(args.out).resolve():  # a linked folder is the same folder
            raise CliError(f"The PDF and the Markdown would both be {args.out}: give them different names.")
