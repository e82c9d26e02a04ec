"""`cocdesk vault ...`: create a vault, manage its team, check it, back it up and destroy it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cocdesk.cli.prompts import CliError, Passphrases, add_passphrase_option, confirm, say
from cocdesk.demo import DEMO_MEMBER, make_demo_vault
from cocdesk.desk import Act, Desk, UnknownMember
from cocdesk.domain.event import Event, Member, Role
from cocdesk.outputs import OutputExists, check_output_path

ROLE_HELP = ", ".join(f"{role.value} ({role.label})" for role in Role)


def unlock(path: str, member: str, passphrases: Passphrases) -> Desk:
    """The desk opened as ``member``, who is checked before anyone is asked for a passphrase."""
    name = member_name(path, member)
    return Desk.open(path, name, passphrases.existing(name))


def member_name(path: str, member: str) -> str:
    """The member's name as the vault spells it, however it was typed."""
    for name in Desk.member_names(path):
        if name.casefold() == member.strip().casefold():
            return name
    raise UnknownMember(member)


def create(args: argparse.Namespace) -> int:
    event = Event(name=args.event)
    lead = Member(name=args.member, role=Role.COC_LEAD)
    _new_vault_place(args.path)
    passphrase = Passphrases(args.passphrase_stdin).new(lead.name)
    Desk.create(args.path, event, lead.name, passphrase).close()
    say(f"Created the vault {args.path} for {event.name}. {lead.name} is its CoC team lead.")
    return 0


def add_member(args: argparse.Namespace) -> int:
    passphrases = Passphrases(args.passphrase_stdin)
    role = Role(args.role)
    newcomer = Member(name=args.new_member, role=role)
    with unlock(args.path, args.member, passphrases) as desk:
        desk.require(Act.MANAGE_TEAM)  # refused before the newcomer's passphrase is asked for
        desk.add_member(newcomer.name, role, passphrases.new(newcomer.name))
    say(f"Added {newcomer.name} as {role.label}. They unlock the vault with their own passphrase.")
    return 0


def remove_member(args: argparse.Namespace) -> int:
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        desk.remove_member(args.remove)
    say(f"Removed {args.remove} and re-keyed the vault: a kept copy of their key slot opens nothing.")
    return 0


def passwd(args: argparse.Namespace) -> int:
    passphrases = Passphrases(args.passphrase_stdin)
    name = member_name(args.path, args.member)
    old = passphrases.existing(name)
    with Desk.open(args.path, name, old) as desk:
        desk.change_passphrase(old, passphrases.new(desk.member.name))
    say(f"Changed the passphrase of {name}. The other members' passphrases are unchanged.")
    return 0


def demo(args: argparse.Namespace) -> int:
    _new_vault_place(args.path)
    make_demo_vault(args.path, Passphrases(args.passphrase_stdin).new(DEMO_MEMBER))
    say(f"Created a demo vault at {args.path}. Every member of its team, “{DEMO_MEMBER}” among them,")
    say("unlocks it with the passphrase you chose.")
    return 0


def verify(args: argparse.Namespace) -> int:
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        problems = desk.verify()
    if not problems:
        say("The vault is whole: the database passes its integrity check and the audit log is unbroken.")
        return 0
    for problem in problems:
        say(problem)
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    say(
        f"The vault is not whole: {count} found (listed above). Keep a copy and open your latest backup.",
        file=sys.stderr,
    )
    return 1


def backup(args: argparse.Namespace) -> int:
    _new_vault_place(args.destination)
    with unlock(args.path, args.member, Passphrases(args.passphrase_stdin)) as desk:
        written = desk.backup(args.destination)
    say(f"Wrote an encrypted backup: {' and '.join(map(str, written))}. It opens with the same passphrases.")
    return 0


def _new_vault_place(path: str) -> None:
    """A new vault (or a backup) goes where no vault is and where no vault's own file would be."""
    Desk.refuse_existing(path)
    try:
        check_output_path(path, force=False)  # e.g. OTHER.cocdesk.lock, which that vault takes for its lock
    except OutputExists:
        raise CliError(f"{path} already exists, so nothing was written; choose a new name.") from None


def repair_keys(args: argparse.Namespace) -> int:
    name = member_name(args.path, args.member)
    with Desk.open_repairing(args.path, name, Passphrases(args.passphrase_stdin).existing(name)) as desk:
        problems = desk.verify()
    if problems:
        raise CliError(f"The key file was put right, but the vault is not whole: {problems[0]}")
    say(
        f"The key file of {args.path} is whole: it holds only the key slots the vault made, and every"
        " change found is in the audit log. Make a new backup now."
    )
    return 0


def destroy(args: argparse.Namespace) -> int:
    Desk.member_names(args.path)  # refuses anything that is not a vault before erasing it
    if not args.yes and not confirm(f"This erases the vault {args.path} and every case in it, for good."):
        hint = "" if sys.stdin.isatty() else " Add --yes to erase the vault and every case in it for good."
        raise CliError(f"Nothing was destroyed.{hint}")
    Desk.destroy_files(args.path)
    say(
        f"Destroyed the vault {args.path}: its key slots and database were overwritten and removed."
        " Backups made of it are separate files that open with the team's passphrases: destroy them too."
    )
    return 0


def register(commands: argparse._SubParsersAction[Any]) -> None:
    vault = commands.add_parser("vault", help="create a vault, manage its team, check, back up or destroy it")
    actions = vault.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, run: object, help: str, member: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=help, description=help)
        parser.add_argument("path", metavar="PATH", help="the vault file")
        if member:
            parser.add_argument("--member", required=True, metavar="NAME", help="who you are in this vault")
        parser.set_defaults(run=run)
        return parser

    parser = action("create", create, "create a vault; its first member is the CoC team lead", member=False)
    parser.add_argument("--event", required=True, metavar="NAME", help="the event's name")
    parser.add_argument("--member", required=True, metavar="NAME", help="the CoC team lead's name")
    add_passphrase_option(parser)

    parser = action("add-member", add_member, "add a team member with their own passphrase")
    parser.add_argument("--new-member", required=True, metavar="NAME", help="the new member's name")
    parser.add_argument(
        "--role", required=True, choices=[r.value for r in Role], metavar="ROLE", help=ROLE_HELP
    )
    add_passphrase_option(parser, "two lines (your passphrase, then the new member's)")

    parser = action("remove-member", remove_member, "remove a member and re-key the vault")
    parser.add_argument("--remove", required=True, metavar="NAME", help="the member to remove")
    add_passphrase_option(parser)

    parser = action("passwd", passwd, "change your own passphrase")
    add_passphrase_option(parser, "two lines (the old passphrase, then the new one)")

    parser = action(
        "demo", demo, f"create a vault of realistic sample cases for “{DEMO_MEMBER}”", member=False
    )
    add_passphrase_option(parser)

    parser = action("verify", verify, "check the database and the audit chain; exit 0 when whole")
    add_passphrase_option(parser)

    parser = action("backup", backup, "write an encrypted copy that opens with the same passphrases")
    parser.add_argument("destination", metavar="DEST", help="the backup's file (its key file goes beside it)")
    add_passphrase_option(parser)

    parser = action(
        "repair-keys", repair_keys, "keep only the key slots the vault made, after the key file was changed"
    )
    add_passphrase_option(parser)

    parser = action("destroy", destroy, "erase the vault and every case in it, for good", member=False)
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
