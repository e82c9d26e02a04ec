"""The team: adding and removing members, roles, passphrases, and re-keying when someone leaves."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError

from cocdesk.domain.common import explain
from cocdesk.domain.event import Member, Role
from cocdesk.vault import db
from cocdesk.vault.db import guarded
from cocdesk.vault.errors import InvalidEdit, UnknownMember, WrongPassphrase
from cocdesk.vault.files import VaultFiles, fsync_directory
from cocdesk.vault.keyfile import KeyFile
from cocdesk.vault.keyslots import InvalidTag, new_slot

T = TypeVar("T")


class MemberAdmin:
    """The members half of a vault; ``Vault`` supplies the key file, connection and audit log."""

    member: Member
    files: VaultFiles
    _key: bytes
    _keyfile: KeyFile
    _connection: Any

    def _write(
        self, action: str, what: str, case_id: str | None, detail: dict[str, Any], body: Callable[[Any], T]
    ) -> T:
        raise NotImplementedError

    def _connect(self) -> None:
        raise NotImplementedError

    def _export_to(self, path: Any, key: bytes) -> None:
        raise NotImplementedError

    @guarded
    def members(self) -> list[Member]:
        rows = self._connection.execute("SELECT id, name, role FROM members ORDER BY name").fetchall()
        return [Member(id=row[0], name=row[1], role=Role(row[2])) for row in rows]

    @guarded
    def _member_row(self, member_id: str) -> Member:
        row = self._connection.execute(
            "SELECT id, name, role FROM members WHERE id = ?", (member_id,)
        ).fetchone()
        if row is None:
            raise UnknownMember(self.member.name)
        return Member(id=row[0], name=row[1], role=Role(row[2]))

    def _find(self, name: str) -> Member:
        wanted = name.strip().casefold()
        for member in self.members():
            if member.name.casefold() == wanted:
                return member
        raise UnknownMember(name)

    def add_member(self, name: str, role: Role, passphrase: str) -> Member:
        try:
            member = Member(name=name, role=role)
        except ValidationError as error:
            raise InvalidEdit(explain(error)) from None
        if any(m.name.casefold() == member.name.casefold() for m in self.members()):
            raise InvalidEdit(f"there is already a member called {member.name}")
        kdf = self._keyfile.slots[0].kdf
        slot = new_slot(str(member.id), member.name, passphrase, self._key, self._keyfile.vault_id, kdf)
        self._write(
            "member.add",
            f"Added {member.name} as {role.label}",
            None,
            {"member": str(member.id)},
            lambda c: c.execute(
                "INSERT INTO members (id, name, role) VALUES (?,?,?)",
                (str(member.id), member.name, role.value),
            ),
        )
        self._keyfile = self._keyfile.model_copy(update={"slots": [*self._keyfile.slots, slot]})
        self._keyfile.write(self.files.keys)
        return member

    def change_role(self, name: str, role: Role) -> None:
        member = self._find(name)
        if member.role == Role.COC_LEAD and role != Role.COC_LEAD:
            self._keep_a_lead(member)
        self._write(
            "member.role",
            f"Made {member.name} {role.label}",
            None,
            {"member": str(member.id)},
            lambda c: c.execute("UPDATE members SET role = ? WHERE id = ?", (role.value, str(member.id))),
        )
        if member.id == self.member.id:
            self.member = member.model_copy(update={"role": role})

    def change_passphrase(self, old: str, new: str) -> None:
        """Any member may change their own passphrase; only their slot is rewritten."""
        slot = self._keyfile.slot(self.member.name)
        try:
            changed = slot.with_passphrase(old, new, self._keyfile.vault_id)
        except InvalidTag:
            raise WrongPassphrase() from None
        self._write(
            "member.passphrase", f"{self.member.name} changed their passphrase", None, {}, lambda c: None
        )
        self._keyfile = self._keyfile.replace_slot(changed)
        self._keyfile.write(self.files.keys)

    def remove_member(self, name: str) -> None:
        """Remove a member and re-key the database, so a kept copy of their slot opens nothing."""
        member = self._find(name)
        if member.id == self.member.id:
            raise InvalidEdit("you cannot remove yourself; another CoC team lead can")
        if member.role == Role.COC_LEAD:
            self._keep_a_lead(member)
        self._write(
            "member.remove",
            f"Removed {member.name}; the vault was re-keyed",
            None,
            {"member": str(member.id)},
            lambda c: c.execute("DELETE FROM members WHERE id = ?", (str(member.id),)),
        )
        remaining = [s for s in self._keyfile.slots if s.member_id != str(member.id)]
        self._rekey(self._keyfile.model_copy(update={"slots": remaining}))

    def _finish_interrupted_removal(self) -> None:
        """A removal whose re-key a crash cut short left the member's slot able to open the database:
        finish the re-key now. Any member may, since it only completes what a lead decided."""
        members = {row[0] for row in self._connection.execute("SELECT id FROM members")}
        staying = [s for s in self._keyfile.slots if s.member_id in members]
        if len(staying) == len(self._keyfile.slots):
            return
        self._write(
            "member.rekey", "Finished re-keying after an interrupted removal", None, {}, lambda c: None
        )
        self._rekey(self._keyfile.model_copy(update={"slots": staying}))

    def _keep_a_lead(self, leaving: Member) -> None:
        if not any(m.role == Role.COC_LEAD and m.id != leaving.id for m in self.members()):
            raise InvalidEdit("the team needs at least one CoC team lead; make someone else lead first")

    def _rekey(self, keyfile: KeyFile) -> None:
        """A new database key, sealed to every remaining member. A crash at any point leaves a vault
        that opens with either the old key pair or the new one (see ``_finish_interrupted_rekey``)."""
        files = self.files
        new_key = os.urandom(db.KEY_BYTES)
        files.rekeyed.unlink(missing_ok=True)
        self._export_to(files.rekeyed, new_key)
        rekeyed = keyfile.model_copy(
            update={"slots": [s.with_database_key(new_key, keyfile.vault_id) for s in keyfile.slots]}
        )
        rekeyed.write(files.keys_pending)
        self._connection.close()
        self._connection = None
        with open(files.rekeyed, "rb+") as handle:
            os.fsync(handle.fileno())
        for sidecar in files.sqlite_sidecars:
            sidecar.unlink(missing_ok=True)
        os.replace(files.rekeyed, files.database)
        fsync_directory(files.database.parent)
        os.replace(files.keys_pending, files.keys)
        fsync_directory(files.database.parent)
        self._key, self._keyfile = new_key, rekeyed
        self._connect()
