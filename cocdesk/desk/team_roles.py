"""The team as each case's rendition reads it: which members the case withholds, and as whom.

A member who is a case's reporter or a witness reads as their role wherever a field names them (see
``cocdesk.identity.team``). A member with the identity key works that out from the whole case; a role
without it reads the rendition, where the parties' names are gone, so the desk keeps the answer beside
the rendition whenever it makes one, and reads it back for what is read at that moment (the timeline,
from the audit log; a step's "done by"). The note says no more than the rendition beside it already
tells a reader of the log: a field that reads "[reporter]" beside the entry of the act that set it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cocdesk.domain.case import Case
from cocdesk.identity.rendition import withheld
from cocdesk.identity.team import Team, team_in, team_kept
from cocdesk.vault.writes import CaseWrites

if TYPE_CHECKING:
    from cocdesk.desk.desk import Desk

TEAM_NOTE = "identity.team:"


class TeamRoles:
    def _roles_desk(self) -> Desk:
        return self  # type: ignore[return-value]

    def _team_for(self, case: Case) -> Team | list[str]:
        """The team as ``case`` (as this member holds it) is withheld with."""
        desk = self._roles_desk()
        names = desk._member_names()
        vault = desk.vault
        if vault.identity_key is not None or not vault.identity_established:
            return names  # the whole case: its people say who is who
        note = TEAM_NOTE + str(case.id)
        roles = vault.notes(note).get(note)
        return team_kept(roles if isinstance(roles, dict) else {}, names)

    def _keep_team(self, w: CaseWrites, case: Case, team: Iterable[str]) -> None:
        """Keep beside ``case``'s rendition which members it withholds; only a member holding the
        whole case knows, so a rendition made by anyone else leaves the note as it was. A member who
        has left stays in it while the case names them: the log still names them as they acted."""
        vault = self._roles_desk().vault
        if vault.identity_key is None:
            return
        note = TEAM_NOTE + str(case.id)
        kept = vault.notes(note).get(note)
        names = list(team)
        names += [name for name in (kept if isinstance(kept, dict) else {}) if name not in names]
        roles = team_in(case, names).roles
        w.note(note, roles or None)

    def _render(self, w: CaseWrites, case: Case, team: list[str] | None = None) -> None:
        """Every piece of ``case`` rendered again, with the team kept beside it."""
        desk = self._roles_desk()
        names = desk._member_names() if team is None else team
        w.create(case, withheld(case, desk.procedure, team=names))
        self._keep_team(w, case, names)

    def _rendering_for(self, name: str) -> Callable[[CaseWrites], None] | None:
        """The writes that render again every case naming ``name`` (a member about to join) as a
        reporter or witness, for the same transaction as the joining: without them a role without
        identity would read that member whole wherever a field names them. None when there are none
        (or this member cannot read the cases whole)."""
        desk = self._roles_desk()
        if desk.vault.identity_key is None:
            return None
        team = [*desk._member_names(), name]
        ids = [
            s.id
            for s in desk.vault.list_cases(sealed=False)
            if team_in(desk.vault.case(s.id, timeline=False), [name]).named
        ]
        if not ids:
            return None

        def write(w: CaseWrites) -> None:
            for case_id in ids:
                case = w.case(str(case_id))
                assert case is not None
                self._render(w, case, team)

        return write
