"""The team: adding and removing members, roles, passphrases, and re-keying when someone leaves.

The identity key (see ``cocdesk.vault.sealed``) goes with the role: the desk says, for each member,
whether their role sees identity (``identity=``: the vault knows no roles). A member who gains
it has it sealed to their slot; a member who loses it, or leaves while holding it, makes the identity
key rotate: a new key, every sealed row re-encrypted, sealed to the members who keep identity.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from uuid import UUID

from pydantic import ValidationError

from cocdesk.domain.common import explain
from cocdesk.domain.event import Member, Role
from cocdesk.vault import db, evidence, sealed
from cocdesk.vault.db import guarded
from cocdesk.vault.errors import InvalidEdit, NotAllowed, UnknownMember, VaultError, WrongPassphrase
from cocdesk.vault.files import VaultFiles, os_error, put_rekeyed_in_place, shred
from cocdesk.vault.keyfile import KeyFile, database_salt
from cocdesk.vault.keyslots import InvalidTag, KdfParams, Slot, identity_key_id, new_slot
from cocdesk.vault.sealed import Seal
from cocdesk.vault.writes import CaseWrites

T = TypeVar("T")
SLOTS_RECORD = "keyfile.slots"  # the meta row listing the slots of the last sealed key file, in order
SERIAL = "keyfile.serial"  # the meta row with the serial of the last sealed key file
SETTINGS_RECORD = "keyfile.settings"  # its cost for new members and the counts of tries it saw
ADDING = "adding:"  # a note per member being added, until their slot is in the key file


def record_keyfile(connection: Any, keyfile: KeyFile) -> None:
    """What the key file just written holds, so that an older copy or a changed slot shows; and the
    members it gives a slot are added for good."""
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (SLOTS_RECORD, json.dumps(keyfile.manifest())),
    )
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SERIAL, str(keyfile.serial))
    )
    settings = keyfile.model_dump_json(include={"cost", "seen"})
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SETTINGS_RECORD, settings))
    connection.executemany(
        "DELETE FROM meta WHERE key = ?", [(ADDING + slot.member_id,) for slot in keyfile.slots]
    )


def wipe(buffer: bytearray) -> None:
    """Overwrite a key held in a buffer, so it does not outlive its use in memory."""
    buffer[:] = bytes(len(buffer))


class MemberAdmin:
    """The members half of a vault; ``Vault`` supplies the key file, connection and audit log."""

    member: Member
    files: VaultFiles
    identity_key: bytes | None
    _identity_id: str | None
    _key: bytearray
    _keyfile: KeyFile
    _connection: Any

    def _save_keyfile(self, keyfile: KeyFile, next_key: bytes | bytearray | None = None) -> None:
        raise NotImplementedError

    def _write(
        self, action: str, what: str, case_id: str | None, detail: dict[str, Any], body: Callable[[Any], T]
    ) -> T:
        raise NotImplementedError

    def _connect(self) -> None:
        raise NotImplementedError

    def _seal(self) -> Seal:
        raise NotImplementedError

    def _export_to(self, path: Any, key: bytes | bytearray) -> None:
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

    def add_member(
        self,
        name: str,
        role: Role,
        passphrase: str,
        *,
        identity: bool,
        also: Callable[[CaseWrites], None] | None = None,
    ) -> Member:
        """A new member with their own passphrase; with the identity key when ``identity``. A member
        whose key slot was lost (a key file put right by ``repair-keys``) is given a new one. ``also``:
        the desk's writes that go with the joining, in its transaction (cases rendered again)."""
        try:
            member = Member(name=name, role=role)
        except ValidationError as error:
            raise InvalidEdit(explain(error)) from None
        slotless = self._slotless(member.name)
        if slotless is not None:
            member = member.model_copy(update={"id": slotless.id})
        elif any(m.name.casefold() == member.name.casefold() for m in self.members()):
            raise InvalidEdit(f"there is already a member called {member.name}")
        gives = identity and self._identity_id is not None
        given = self._identity_to_give() if gives else None
        slot = new_slot(
            str(member.id), member.name, passphrase, self._key, self._keyfile.vault_id, self._cost()
        )
        if given is not None:
            slot = slot.with_identity_key(given, self._keyfile.vault_id)
        after = self._keyfile.model_copy(update={"slots": [*self._keyfile.slots, slot]})
        after.check_room()

        def add(c: Any) -> None:
            c.execute(
                "INSERT OR REPLACE INTO members (id, name, role) VALUES (?,?,?)",
                (str(member.id), member.name, role.value),
            )
            if slotless is None:
                c.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)", (ADDING + str(member.id), member.name)
                )
            if also is not None:
                also(CaseWrites(c, self._seal()))

        # The member first (with a note), then the slot: a crash between leaves a noted member
        # without a slot, whom the next unlock takes out again (see _finish_interrupted_membership);
        # never a slot that can open the database for someone the vault does not list.
        what = f"Gave {member.name} a new key slot" if slotless else f"Added {member.name} as {role.label}"
        self._write("member.add", what, None, {"member": str(member.id)}, add)
        try:
            self._save_keyfile(after)
        except BaseException as error:
            if slotless is None:
                with contextlib.suppress(VaultError):
                    self._take_back(member)
            if isinstance(error, VaultError):
                raise VaultError(f"{member.name} was not added. {error}") from None
            raise
        return member

    def _slotless(self, name: str) -> Member | None:
        """The member of that name whom the vault lists without a key slot (and is not adding)."""
        slots = {slot.member_id for slot in self._keyfile.slots}
        adding = set(self._notes_of(ADDING))
        for member in self.members():
            if member.name.casefold() == name.strip().casefold():
                found = str(member.id) not in slots and str(member.id) not in adding
                return member if found else None
        return None

    def _notes_of(self, prefix: str) -> list[str]:
        rows = self._connection.execute("SELECT key FROM meta WHERE key LIKE ?", (prefix + "%",))
        return [row[0].removeprefix(prefix) for row in rows]

    def _take_back(self, member: Member) -> None:
        def remove(c: Any) -> None:
            c.execute("DELETE FROM members WHERE id = ?", (str(member.id),))
            c.execute("DELETE FROM meta WHERE key = ?", (ADDING + str(member.id),))

        self._write(
            "member.add.undone",
            f"Adding {member.name} was not finished; add them again",
            None,
            {"member": str(member.id)},
            remove,
        )

    def _cost(self) -> KdfParams:
        """The station's calibrated key-derivation cost, recorded under the key file's seal when the
        vault was made; never another slot's, which whoever can write the file could have planted."""
        cost = self._keyfile.cost
        if cost is None or cost.problem() is not None:  # a key file of the first release
            own = self._keyfile.slot(self.member.name).kdf
            cost = own if own.problem() is None else KdfParams()
        return cost

    def change_role(self, name: str, role: Role, *, identity: bool) -> None:
        """Give ``name`` a new role; they gain or lose the identity key with it (``identity``). Losing
        it rotates the key, so the copy they unwrapped opens none of the sealed rows; a crash at any
        step leaves the vault open to everyone, see ``_rotate``."""
        member = self._find(name)
        if member.role == Role.COC_LEAD and role != Role.COC_LEAD:
            self._keep_a_lead(member)
        sees = identity
        holds = str(member.id) in self._keyfile.identity_holders(self._identity_id)
        established = self._identity_id is not None
        given = self._identity_to_give() if established and sees and not holds else None
        what, detail = f"Made {member.name} {role.label}", {"member": str(member.id)}

        def save(c: Any) -> None:
            c.execute("UPDATE members SET role = ? WHERE id = ?", (role.value, str(member.id)))

        if established and holds and not sees:
            self._rotate({str(member.id)}, "member.role", what, detail, save)
        else:
            self._write("member.role", what, None, detail, save)
            if given is not None and self._slot_of(str(member.id)) is not None:
                # after the role: a crash leaves them without the key, not with it
                self._save_keyfile(self._keyfile.with_identity_key(given, {str(member.id)}))
        if member.id == self.member.id:
            self.member = member.model_copy(update={"role": role})

    def establish_identity(self, member_ids: Iterable[str | UUID]) -> None:
        """For a vault made before identity was sealed: a new identity key for ``member_ids`` (the
        signed-in member among them). The desk then rewrites every case with its renditions."""
        if self._identity_id is not None:
            raise InvalidEdit("this vault already seals what identifies a reporter")
        holders = {str(m) for m in member_ids}
        if str(self.member.id) not in holders:
            raise InvalidEdit("the member who seals identity must be one of those who see it")
        key = os.urandom(sealed.KEY_BYTES)
        # first: a crash before the database names it drops it at open
        self._save_keyfile(self._keyfile.with_identity_key(key, holders))
        try:
            self._write(
                "vault.identity",
                "Sealed what identifies reporters with a key for the members who see it",
                None,
                {"members": len(holders)},
                lambda c: sealed.set_key_id(c, key),
            )
        except BaseException:
            self._settle_keyfile(None)
            raise
        self._identity_id, self.identity_key = identity_key_id(key), key
        self._settle_keyfile(self._identity_id)

    def _identity_to_give(self) -> bytes:
        if self.identity_key is None:
            raise NotAllowed("give a member the key to what identifies the reporter")
        return self.identity_key

    def _slot_of(self, member_id: str) -> Slot | None:
        return next((s for s in self._keyfile.slots if s.member_id == member_id), None)

    def _settle_keyfile(self, key_id: str | None) -> None:
        settled = self._keyfile.keeping_identity({key_id} if key_id is not None else set())
        if settled != self._keyfile:
            self._save_keyfile(settled)

    def _rotate(
        self, losing: set[str], action: str, what: str, detail: dict[str, Any], change: Callable[[Any], None]
    ) -> None:
        """Rotate the identity key while ``change`` commits: the members in ``losing`` lose it.

        1. the key file: every member who keeps identity carries the old key and the new one;
        2. one transaction: ``change``, every sealed row re-encrypted, the new key's id recorded;
        3. the key file again, carrying the new key only.
        A crash before 2 commits leaves the old key in use (the new one is dropped at the next open);
        after, the new one (the old one is dropped at the next open). Either way everyone opens."""
        old, old_id = self.identity_key, self._identity_id
        if old is None or old_id is None:
            raise NotAllowed("change who may see what identifies the reporter")
        new = os.urandom(sealed.KEY_BYTES)
        keeping = self._keyfile.identity_holders(old_id) - losing
        self._save_keyfile(self._keyfile.with_identity_key(new, keeping))

        def rotate(c: Any) -> None:
            change(c)
            sealed.reseal(c, old, new)
            evidence.reseal(c, old, new)

        try:
            self._write(action, what, None, detail, rotate)
        except BaseException:
            self._settle_keyfile(old_id)
            raise
        self._identity_id = identity_key_id(new)
        self.identity_key = None if str(self.member.id) in losing else new
        with contextlib.suppress(VaultError):  # the old key opens no row now; the next unlock drops it
            self._save_keyfile(self._keyfile.keeping_identity({self._identity_id}))

    def change_passphrase(self, old: str, new: str) -> None:
        """Any member may change their own passphrase; only their slot is rewritten."""
        slot = self._keyfile.slot(self.member.name)
        try:
            changed = slot.with_passphrase(old, new, self._keyfile.vault_id)
        except InvalidTag:
            raise WrongPassphrase() from None
        after = self._keyfile.replace_slot(changed)
        self._write(
            "member.passphrase",
            f"{self.member.name} changed their passphrase",
            None,
            {},
            lambda c: None,
        )
        try:
            self._save_keyfile(after)
        except VaultError as error:
            with contextlib.suppress(VaultError):
                self._write(
                    "member.passphrase.undone",
                    "The passphrase change was not saved",
                    None,
                    {},
                    lambda c: None,
                )
            raise VaultError(
                f"Your passphrase was not changed; the old one still opens the vault. {error}"
            ) from None

    def remove_member(self, name: str) -> None:
        """Remove a member and re-key the database, so a kept copy of their slot opens nothing."""
        member = self._find(name)
        if member.id == self.member.id:
            raise InvalidEdit("you cannot remove yourself; another CoC team lead can")
        if member.role == Role.COC_LEAD:
            self._keep_a_lead(member)
        what, detail = f"Removed {member.name}; the vault was re-keyed", {"member": str(member.id)}
        staying = [slot for slot in self._keyfile.slots if slot.member_id != str(member.id)]

        def remove(c: Any) -> None:
            c.execute("DELETE FROM members WHERE id = ?", (str(member.id),))

        if str(member.id) in self._keyfile.identity_holders(self._identity_id):
            self._rotate({str(member.id)}, "member.remove", what, detail, remove)
        else:
            self._write("member.remove", what, None, detail, remove)
        try:
            self._rekey({slot.member_id for slot in staying})
        except VaultError as error:
            raise VaultError(
                f"{member.name} was removed, but the vault's new key is not in place yet ({error})"
                " It is finished when the vault is next unlocked."
            ) from None

    def _finish_interrupted_membership(self) -> None:
        """Finish what a crash cut short, from the database's list of members (the key file's seal
        was checked: every slot in it is one the vault wrote). A member without a slot is an add
        that never wrote it: they are taken out again. A slot of no member is a removal whose
        re-key did not finish: it is finished now, so that the slot opens nothing. Any member may,
        since it only completes what a lead decided."""
        members = {row[0]: row[1] for row in self._connection.execute("SELECT id, name FROM members")}
        slots = {slot.member_id for slot in self._keyfile.slots}
        for member_id in sorted(set(self._notes_of(ADDING)) - slots):
            if member_id in members:
                self._take_back(Member(id=member_id, name=members[member_id]))
        if slots - set(members):
            self._write(
                "member.rekey", "Finished re-keying after an interrupted removal", None, {}, lambda c: None
            )
            self._rekey(slots & set(members))

    def _keep_a_lead(self, leaving: Member) -> None:
        if not any(m.role == Role.COC_LEAD and m.id != leaving.id for m in self.members()):
            raise InvalidEdit("the team needs at least one CoC team lead; make someone else lead first")

    def _rekey(self, staying: set[str]) -> None:
        """A new database key, sealed to the ``staying`` members only.

        1. the database is copied under the new key, beside it, and synced;
        2. the key file, in place: every staying slot also carries the new key, the copy's salt is
           recorded, sealed under the old key and the new one;
        3. the copy is renamed over the database;
        4. the key file, in place: the new key only, the leaving slots gone.
        A crash before 2 leaves the old pair (the copy is shredded at the next unlock, and the
        removal's re-key runs again); after 2, the next unlock finishes 3 and 4. The old key is in no
        copy of the key file once 4 is written, so no page of the old database opens again."""
        files = self.files
        new_key = bytearray(os.urandom(db.KEY_BYTES))
        try:
            shred(files.rekeyed)
            self._export_to(files.rekeyed, new_key)
            with open(files.rekeyed, "rb+") as handle:
                os.fsync(handle.fileno())
            rekeying = self._keyfile.rekeying(new_key, database_salt(files.rekeyed), staying)
            self._save_keyfile(rekeying, next_key=new_key)
            self._connection.close()
            self._connection = None
            put_rekeyed_in_place(files)
        except OSError as error:
            raise os_error(error, files.database) from None
        old = self._key
        self._key = new_key
        wipe(old)
        self._connect()
        self._save_keyfile(self._keyfile.rekey_finished())
