"""The desk: the one door through which every front end acts on and reads an event's vault.

A ``Desk`` is an unlocked vault seen through the policy. Every act is one method here (one
transaction, one audit entry) and every read gives what the signed-in member may see; the window and
the command line only ask and render. The vault below is storage.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from uuid import UUID

from cocdesk.desk import policy
from cocdesk.desk.case_acts import CaseActs
from cocdesk.desk.conflict_rules import ConflictRules
from cocdesk.desk.documents import Documents
from cocdesk.desk.evidence import EvidenceActs
from cocdesk.desk.handover import Handovers
from cocdesk.desk.holds import Holds
from cocdesk.desk.person_links import PersonLinks
from cocdesk.desk.policy import Act, Read
from cocdesk.desk.rungs import refuse_lost_rungs
from cocdesk.desk.team_roles import TeamRoles
from cocdesk.domain.access import searchable_text
from cocdesk.domain.case import Case
from cocdesk.domain.event import Event, Member, Role
from cocdesk.domain.text import quoted
from cocdesk.identity.rendition import RENDITION, withheld
from cocdesk.procedure.loader import load_procedure
from cocdesk.procedure.model import Procedure
from cocdesk.vault import (
    CaseNotFound,
    CaseSummary,
    InvalidEdit,
    KdfParams,
    Vault,
    VaultFiles,
    destroy_files,
)
from cocdesk.vault.cases import CaseRef
from cocdesk.vault.writes import CaseWrites

RENDITION_NOTE = "identity.rendition"


class Desk(CaseActs, ConflictRules, Documents, Handovers, PersonLinks, Holds, EvidenceActs, TeamRoles):
    """An open desk, signed in as one member. Use as a context manager or call ``close()``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._finish_interrupted_filings()
        if not vault.identity_established and self.sees_identity:
            self._establish_identity()
        elif vault.identity_key is not None and self._rendition_made_by() != RENDITION:
            self._render_again()
        self._index_people_if_missing()

    def _rendition_made_by(self) -> object:
        return self.vault.notes(RENDITION_NOTE).get(RENDITION_NOTE)

    def _render_again(self) -> None:
        """The renditions were made by an older matcher, which may have missed a way of writing a
        name: a member with the identity key makes every case's rendition again, in one transaction."""
        ids = [s.id for s in self.vault.list_cases(sealed=False)]
        team = self._member_names()

        def write(w: CaseWrites) -> None:
            for case_id in ids:  # one case in memory at a time, however large the vault
                self._render(w, self.vault.case(case_id, timeline=False), team)
            w.note(RENDITION_NOTE, RENDITION)

        self.vault.write(None, "vault.rendered", f"Withheld names again in {len(ids)} cases", write)

    def _establish_identity(self) -> None:
        """A vault made before identity was sealed, unlocked by a member who sees identity: the key
        for every member whose role sees it, then every case rewritten (its rendition in the clear,
        the full value sealed), one case per transaction."""
        members = self.vault.members()
        self.vault.establish_identity([m.id for m in members if policy.sees_identity(m.role)])
        for summary in self.vault.list_cases():
            self._reseal(self.vault.case(summary.id, timeline=False))
        self.vault.write(None, "vault.rendered", "Recorded how names are withheld", _rendered)

    def _reseal(self, case: Case) -> None:
        self.vault.write(
            case.id, "case.sealed", "Sealed what identifies the reporter", lambda w: self._render(w, case)
        )

    @classmethod
    def open(cls, path: str | os.PathLike[str], member_name: str, passphrase: str) -> Desk:
        return cls(Vault.open(path, member_name, passphrase))

    @classmethod
    def open_repairing(cls, path: str | os.PathLike[str], member_name: str, passphrase: str) -> Desk:
        """Open a vault whose key file was changed outside the app, keeping only the slots the vault
        made and recorded; the CoC team lead only (see ``Vault.open``)."""

        def permitted(member: Member) -> None:
            policy.require(member.role, Act.REPAIR_KEYS)

        return cls(Vault.open(path, member_name, passphrase, repair=permitted))

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        event: Event,
        member_name: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> Desk:
        """A new vault for ``event``; its first member is the CoC team lead."""
        desk = cls(Vault.create(path, event, member_name, passphrase, kdf=kdf))
        desk.vault.write(None, "vault.rendered", "Recorded how names are withheld", _rendered)
        return desk

    @staticmethod
    def member_names(path: str | os.PathLike[str]) -> list[str]:
        """The names on the unlock screen: readable without a passphrase."""
        return Vault.member_names(path)

    @staticmethod
    def destroy_files(path: str | os.PathLike[str]) -> None:
        """Crypto-erase a vault nobody can unlock any more (``vault destroy`` without a member)."""
        destroy_files(VaultFiles.at(path))

    @staticmethod
    def check_unlockable(path: str | os.PathLike[str]) -> list[str]:
        """The names on the unlock screen, once the vault is known to be there, readable and not open
        in another copy of the app (``VaultInUse`` names who holds it); else the VaultError saying why."""
        from cocdesk.vault.lock import VaultLock

        names = Vault.member_names(path)
        files = VaultFiles.at(path)
        probe = VaultLock(files.lock, files.database)
        probe.acquire("unlock screen")
        probe.release()
        return names

    @staticmethod
    def refuse_existing(path: str | os.PathLike[str]) -> None:
        """The VaultError saying why no new vault can be made at ``path`` (a vault or its key slots
        there, someone's file in the way, a file where a folder should be): asked before a passphrase is."""
        Vault.refuse_place(path)

    def close(self) -> None:
        self.vault.close()

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def __enter__(self) -> Desk:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # who is here, and what they may do

    @property
    def member(self) -> Member:
        return self.vault.member

    @property
    def role(self) -> Role:
        return self.vault.member.role

    @property
    def event(self) -> Event:
        return self.vault.event

    @property
    def procedure(self) -> Procedure:
        return self.vault.procedure

    @property
    def path(self) -> Path:
        return self.vault.files.database

    @property
    def approver(self) -> Role:
        return Role(self.procedure.announcement.approved_by)

    def may(self, what: Act | Read) -> bool:
        return policy.may(self.role, what, approver=self.approver)

    def require(self, what: Act | Read) -> None:
        policy.require(self.role, what, approver=self.approver)

    @property
    def sees_identity(self) -> bool:
        return self.may(Read.IDENTITY)

    # reads

    def cases(self, *, withheld: bool = False) -> list[CaseSummary]:
        """The cases this member is shown, newest first; their titles as typed for those who see
        identity, unless ``withheld`` (a shared screen such as the board) asks for the rendition."""
        self.require(Read.CASES)
        rows = self.vault.list_cases(sealed=self.sees_identity and not withheld)
        return [s for s in rows if policy.sees_status(self.role, s.status)]

    def case(self, ref: CaseRef, *, timeline: bool = True) -> Case:
        """The case as this member may see it: whole for those who see identity, its withheld
        rendition for everyone else. A case the role is not shown does not exist for them."""
        self.require(Read.CASES)
        case = self.vault.case(ref, timeline=timeline, sealed=self.sees_identity)
        if not policy.sees_status(self.role, case.status):
            raise CaseNotFound(ref)
        return self.as_read(case)

    def as_read(self, case: Case) -> Case:
        """``case`` as this member may read it. The rendition of a rendition is itself, so a case
        stored withheld (or read from a vault sealed before) comes out the same."""
        return case if self.sees_identity else withheld(case, self.procedure, team=self._team_for(case))

    def as_shared(self, case: Case) -> Case:
        """``case`` as a shared screen shows it (the board, a projector): no one named, the reported
        people too, and the team's names as the rendition treats them (a member who shares a word of
        a name with the reporter shown whole)."""
        return withheld(case, self.procedure, everyone=True, team=self._member_names())

    def _whole(self, ref: CaseRef, *, timeline: bool = False) -> Case:
        """The case as whole as this member's key opens it (its rendition for a role without
        identity), without its timeline unless asked: for the desk's own rules, writes and documents."""
        case = self.vault.case(ref, timeline=timeline)
        if not policy.sees_status(self.role, case.status):
            raise CaseNotFound(ref)
        return case

    def resolve(self, ref: CaseRef) -> str:
        """The id of a case this member is shown, given its id or code."""
        self.require(Read.CASES)
        case_id, status = self.vault.status_of(ref)
        if not policy.sees_status(self.role, status):
            raise CaseNotFound(ref)
        return case_id

    def searchable_texts(self, ids: Sequence[str] | None = None) -> dict[UUID, str]:
        """The words of each case (of ``ids``, or every case shown) this member may read, case-folded."""
        if ids is None:
            wanted = [str(s.id) for s in self.cases()]
        else:
            wanted = [i for i in ids if policy.sees_status(self.role, self.vault.status_of(i)[1])]
        return {
            UUID(i): searchable_text(
                self.as_read(self.vault.case(i, timeline=False, sealed=self.sees_identity))
            ).casefold()
            for i in wanted
        }

    def members(self) -> list[Member]:
        self.require(Read.TEAM)
        return self.vault.members()

    # the team and the event

    def add_member(self, name: str, role: Role, passphrase: str) -> Member:
        self.require(Act.MANAGE_TEAM)
        render = self._rendering_for(name)  # the cases naming them, in the same transaction
        return self.vault.add_member(name, role, passphrase, identity=policy.sees_identity(role), also=render)

    def remove_member(self, name: str) -> None:
        self.require(Act.MANAGE_TEAM)
        self.vault.remove_member(name)

    def change_role(self, name: str, role: Role) -> None:
        self.require(Act.MANAGE_TEAM)
        self.vault.change_role(name, role, identity=policy.sees_identity(role))

    def change_passphrase(self, old: str, new: str) -> None:
        self.require(Act.CHANGE_OWN_PASSPHRASE)
        self.vault.change_passphrase(old, new)

    def update_event(self, event: Event) -> None:
        self.require(Act.EVENT_SETTINGS)
        # a malformed file is refused before anything is saved, as is one that leaves answers behind
        # or takes away a rung that decisions use
        new = load_procedure(event.procedure_file)
        self._refuse_orphans(new)
        cases = (self.vault.case(s.id, timeline=False) for s in self.vault.list_cases(sealed=False))
        refuse_lost_rungs(self.procedure, new, cases)
        self.vault.update_event(event)

    def _refuse_orphans(self, new: Procedure) -> None:
        """Refuse a procedure that drops a step, field or checklist item some case has recorded: the
        wizard and every export read a case through the procedure, so those answers would vanish."""
        dropped = _questions(self.procedure) - _questions(new)
        if not dropped:
            return
        lost: set[Question] = set()
        codes: list[str] = []
        for summary in self.vault.list_cases(sealed=False):
            case = self.vault.case(summary.id, timeline=False)
            here = _recorded(case) & dropped
            if here:
                lost |= here
                codes.append(case.code)
        if codes:
            steps = sorted(q[0] for q in lost if len(q) == 1)
            questions = sorted(f"{q[0]}.{q[2]}" for q in lost if len(q) == 3 and (q[0],) not in lost)
            kind = "steps and questions" if steps and questions else "steps" if steps else "questions"
            noun = kind if len(steps) + len(questions) > 1 else kind.removesuffix("s")
            names = [f"“{quoted(name)}”" for name in [*steps, *questions]]
            cases = f"case {codes[0]} has" if len(codes) == 1 else f"cases {_listed(sorted(codes))} have"
            raise InvalidEdit(
                f"This procedure drops the {noun} {_listed(names)} that {cases} answers in;"
                " keep them in the file, or use it for a new event."
            )

    def verify(self) -> list[str]:
        self.require(Act.VERIFY)
        problems = self.vault.verify()
        for summary in self.vault.list_cases(sealed=False):
            left = self.unanswerable(self.vault.case(summary.id, timeline=False))
            if left:
                problems.append(
                    f"case {summary.code} has answers in {left}, which the procedure file no longer"
                    " has: put them back in the file, or no document shows them"
                )
        return problems

    def unanswerable(self, case: Case) -> str:
        """The steps and questions ``case`` has answers in that the procedure no longer has, named
        for a sentence; empty when there are none (a procedure file edited outside the app)."""
        left = _recorded(case) - _questions(self.procedure)
        steps = sorted(q[0] for q in left if len(q) == 1)
        questions = sorted(f"{q[0]}.{q[2]}" for q in left if len(q) == 3 and (q[0],) not in left)
        return _listed([f"“{quoted(name)}”" for name in [*steps, *questions]]) if left else ""

    def require_answerable(self, case: Case) -> None:
        """Refuse a document that would leave out answers the procedure no longer asks for."""
        left = self.unanswerable(case)
        if left:
            raise InvalidEdit(
                f"Case {case.code} has answers in {left}, which the procedure file no longer has, so a"
                " document would leave them out; put them back in the procedure file first."
            )

    def repair_keys(self) -> list[str]:
        """Write the key file the open vault trusts over whatever is on disk now; what was changed."""
        self.require(Act.REPAIR_KEYS)
        return self.vault.repair_key_file()

    def backup(self, destination: str | os.PathLike[str]) -> list[Path]:
        self.require(Act.BACKUP)
        return self.vault.backup(destination)

    def destroy(self) -> list[Path]:
        """Crypto-erase the vault; the backups it made that still exist (the user's to destroy)."""
        self.require(Act.CLOSE_EVENT)
        return self.vault.destroy()


Question = tuple[str, ...]
"""A step (its id alone), a field (step id, "field", field id) or a checklist item (step id, "item",
item id)."""
MOST_LISTED = 5


def _questions(procedure: Procedure) -> set[Question]:
    found: set[Question] = set()
    for step in procedure.steps:
        found.add((step.id,))
        found.update((step.id, "field", spec.id) for spec in step.fields)
        found.update((step.id, "item", item.id) for item in step.items)
    return found


def _recorded(case: Case) -> set[Question]:
    """What ``case`` holds an answer, a tick or a completion in."""
    found: set[Question] = set()
    for step_id, record in case.steps.items():
        if record.values or record.checked or record.done_at is not None:
            found.add((step_id,))
        found.update((step_id, "field", field_id) for field_id in record.values)
        found.update((step_id, "item", item_id) for item_id in record.checked)
    return found


def _listed(names: list[str]) -> str:
    """The first five of ``names`` and how many more."""
    more = len(names) - MOST_LISTED
    return ", ".join(names[:MOST_LISTED]) + (f" and {more} more" if more > 0 else "")


def _rendered(w: CaseWrites) -> None:
    w.note(RENDITION_NOTE, RENDITION)
