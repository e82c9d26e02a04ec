"""One event's vault: create, unlock, close, and everything that needs the database key."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from uuid import uuid4

from pydantic import ValidationError

from cocdesk import keystore
from cocdesk.domain.common import explain, now
from cocdesk.domain.event import Event, Member, Role
from cocdesk.procedure.loader import load_procedure
from cocdesk.procedure.model import Procedure
from cocdesk.vault import audit, db, sealed
from cocdesk.vault.cases import CaseEditing
from cocdesk.vault.errors import (
    DamagedVault,
    DiskFull,
    InvalidEdit,
    KeyFileChanged,
    KeysOfAnotherVault,
    LockLost,
    NoPlaceForVault,
    UnknownMember,
    VaultError,
    VaultExists,
    WrongPassphrase,
)
from cocdesk.vault.evidence import EvidenceStore
from cocdesk.vault.files import (
    VaultFiles,
    create_private,
    fsync_directory,
    os_error,
    place_error,
    put_rekeyed_in_place,
    shred,
)
from cocdesk.vault.keyfile import KeyFile, database_salt
from cocdesk.vault.keyslots import InvalidTag, KdfParams, Slot, SlotKeys, calibrate, new_slot
from cocdesk.vault.lock import VaultLock
from cocdesk.vault.members import SERIAL, SETTINGS_RECORD, SLOTS_RECORD, MemberAdmin, record_keyfile, wipe
from cocdesk.vault.person_reads import PeopleIndex
from cocdesk.vault.schema import SCHEMA_VERSION, migrate
from cocdesk.vault.writes import CaseWrites

T = TypeVar("T")
EVENT_KEY = "event"
SEALED_KEYFILE = "keyfile.sealed"  # the meta row saying this vault's key file carries a seal
BACKUPS = "backups"  # the meta row listing the backups this vault made, for destroy to name
IDENTITY_IN_DOUBT = "unknown"
"""The identity key's id while the database names none but sealed rows and key slots say it had one
(see ``Vault._settle_identity``): the vault is sealed, with no key this member can use."""


class Vault(CaseEditing, EvidenceStore, MemberAdmin, PeopleIndex):
    """An unlocked vault, signed in as one member. Use as a context manager or call ``close()``."""

    def __init__(
        self,
        files: VaultFiles,
        key: bytes | bytearray,
        keyfile: KeyFile,
        member: Member,
        lock: VaultLock,
        identity_key: bytes | None = None,
    ) -> None:
        self.files, self._keyfile, self.member, self._lock = files, keyfile, member, lock
        self._key = bytearray(key)  # the one copy kept; overwritten when the vault closes
        self.identity_key: bytes | None = identity_key  # None for a member whose role does not see identity
        self._identity_id: str | None = None  # the id of the key that seals the rows, as the database says
        self._connection: Any = None
        self._head = audit.Head(0, audit.GENESIS)

    # opening and closing

    @staticmethod
    def refuse_place(path: str | os.PathLike[str]) -> VaultFiles:
        """The files of a new vault at ``path``, or the VaultError saying why none can be made there,
        as far as can be told before trying: a vault or its key slots already there, someone's file
        where the vault would keep one of its own, a file where a folder should be."""
        files = VaultFiles.at(path)
        if files.database.exists() or files.keys.exists():
            raise VaultExists(str(files.database))
        beside = [p for p in files.everything() if os.path.lexists(p)]
        if beside:  # someone's file that a vault here would take for its own, and write or remove
            raise VaultExists(str(files.database), beside[0].name)
        folder = next((p for p in files.database.parents if os.path.lexists(p)), None)
        if folder is not None and not folder.is_dir():
            raise NoPlaceForVault(str(files.database), f"{folder.name} is a file, not a folder")
        return files

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        event: Event,
        member_name: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> Vault:
        """A new vault for ``event``; its first member is the CoC team lead, who holds the identity key."""
        try:
            member = Member(name=member_name, role=Role.COC_LEAD)
        except ValidationError as error:
            raise InvalidEdit(explain(error)) from None
        files = cls.refuse_place(path)
        try:
            files.database.parent.mkdir(parents=True, exist_ok=True)
            create_private(files.database)
        except OSError as error:
            raise place_error(error, files.database) from None
        lock = VaultLock(files.lock, files.database)
        try:
            lock.acquire(member_name)
        except OSError as error:
            raise place_error(error, files.database) from None
        key, vault_id = bytearray(os.urandom(db.KEY_BYTES)), uuid4().hex
        identity = os.urandom(sealed.KEY_BYTES)
        cost = kdf or calibrate()
        if cost.problem() is not None:
            raise InvalidEdit(f"CoC Desk does not use {cost.problem()}")
        slot = new_slot(str(member.id), member.name, passphrase, key, vault_id, cost)
        keyfile = KeyFile(vault_id=vault_id, cost=cost, slots=[slot.with_identity_key(identity, vault_id)])
        vault = cls(files, key, keyfile, member, lock, identity)
        wipe(key)
        try:
            vault._connect()
            vault._write("vault.create", "Vault created", None, {}, lambda c: vault._seed(c, event, vault_id))
            keyfile = keyfile.model_copy(update={"database_salt": database_salt(files.database)})
            vault._keyfile = keyfile.sealed_with(vault._key)
            vault._keyfile.create(files.keys)
        except BaseException:
            vault._disconnect()
            for leftover in files.everything():
                if leftover != files.lock:  # only the lock's holder removes it, when it lets go
                    leftover.unlink(missing_ok=True)
            lock.release()
            raise
        return vault

    def _seed(self, connection: Any, event: Event, vault_id: str) -> None:
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)", (EVENT_KEY, event.model_dump_json())
        )
        connection.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
        assert self.identity_key is not None
        sealed.set_key_id(connection, self.identity_key)
        self._identity_id = sealed.stored_key_id(connection)
        connection.execute(
            "INSERT INTO members (id, name, role) VALUES (?,?,?)",
            (str(self.member.id), self.member.name, self.member.role.value),
        )
        record_keyfile(connection, self._keyfile)
        connection.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (SEALED_KEYFILE,))

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        member_name: str,
        passphrase: str,
        *,
        repair: Callable[[Member], None] | None = None,
    ) -> Vault:
        """Unlock as ``member_name``. Nothing in the key file is trusted, and nothing is written but
        a failure count, until the member's passphrase has opened a key that proves the file's seal.

        With ``repair`` (which raises when the member may not), a key file whose seal fails is put
        right instead of refused: only the slots the database recorded, unchanged, are kept; the
        rest is dropped and named in the audit log. The member's own slot must be among them."""
        files = VaultFiles.at(path)
        holder = KeyFile.read(files).slot(member_name).name  # refuse a stranger before touching anything
        lock = VaultLock(files.lock, files.database)
        lock.acquire(holder)
        vault: Vault | None = None
        try:
            if not KeyFile.read(files).is_sealed:
                _finish_legacy_rekey(files)  # the first release's re-key, replaced by renaming
            keyfile = KeyFile.read(files)
            slot, keys, keyfile = _unlock_slot(files, keyfile, member_name, passphrase)
            changes: list[str] = []
            if repair is not None and keyfile.is_sealed and not keyfile.seal_holds(keys.database):
                keyfile, changes = _repaired(files, keyfile, slot, keys)
            key, settled = _settle_keys(files, keyfile, slot, keys, repairing=bool(changes))
            vault = cls(files, key, settled, Member(name=slot.name), lock)
            wipe(key)
            vault._connect()
            older = vault._older_than_recorded(keyfile)
            if older and repair is None:
                raise KeyFileChanged(str(files.keys), older)
            changes = changes or older
            if older:
                settled = keyfile = _repaired(files, keyfile, slot, keys)[0]
            if changes and repair is not None:
                repair(vault._member_row(slot.member_id))
                what = "Repaired the key file: " + "; ".join(changes)
                vault._write("vault.keys.repaired", what, None, {}, lambda c: None)
            else:
                vault._check_unsealed(keyfile)
            if settled is not keyfile or changes:
                vault._save_keyfile(settled)
            vault._settle_identity(keys.identity)
        except BaseException:
            if vault is not None:
                vault._disconnect()
            lock.release()
            raise
        try:
            vault.member = vault._member_row(slot.member_id)
            vault._after_unlock(slot.member_id)
            vault._finish_interrupted_membership()
        except BaseException:
            vault.close()
            raise
        return vault

    def _check_unsealed(self, keyfile: KeyFile) -> None:
        """A key file without a seal is one of the first release, accepted once: never for a vault
        whose key file was sealed before (someone put an unsealed one in its place)."""
        if keyfile.is_sealed:
            return
        row = self._connection.execute("SELECT 1 FROM meta WHERE key = ?", (SEALED_KEYFILE,)).fetchone()
        if row is not None:
            raise KeyFileChanged(str(self.files.keys), ["it was replaced by a key file without a seal"])

    def _after_unlock(self, member_id: str) -> None:
        """Record the unlock with the wrong passphrases since the last one (a count lowered by editing
        the key file is recorded as such), seal the counts as seen, and keep the slots' record."""
        before = self._keyfile
        streak = before.streak(member_id)
        counted = before.after_success(member_id)

        detail = {"failed_tries": streak} if streak > 0 else {}
        what = f"{self.member.name} unlocked the vault"
        if streak > 0:
            what += f" after {streak} wrong passphrase{'s' if streak != 1 else ''}"
        self._write("vault.unlock", what, None, detail, lambda c: None)
        if streak < 0:
            self._write(
                "vault.failures.lowered",
                f"The count of wrong passphrases for {self.member.name} in the key file was lowered"
                " outside CoC Desk",
                None,
                {"missing": -streak},
                lambda c: None,
            )
        self._save_keyfile(counted)  # the tries seen; and no older copy left by a write cut short
        if not before.is_sealed:  # only once the sealed file is in place: a crash before keeps the old
            self._write(
                "vault.keys.sealed",
                "Sealed the key file",
                None,
                {},
                lambda c: c.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (SEALED_KEYFILE,)
                ),
            )
        for leftover in (self.files.rekeyed, self.files.keys_pending, *self.files.temporaries):
            shred(leftover)

    def _save_keyfile(self, keyfile: KeyFile, next_key: bytes | bytearray | None = None) -> None:
        """Seal ``keyfile`` with the database key (and the next one during a re-key), one serial on,
        write it, then record its serial and slots in the database. A crash between leaves the file
        newer than the record, which is fine; a file older than the record is a copy put back."""
        self._check_lock()
        serial = max(keyfile.serial, self._keyfile.serial, self._recorded_serial()) + 1
        sealed_file = keyfile.model_copy(update={"serial": serial}).sealed_with(self._key, next_key)
        sealed_file.save(self.files)
        self._keyfile = sealed_file
        if self._connection is not None:
            with db.transaction(self._connection, self.files.database) as c:
                record_keyfile(c, sealed_file)

    def _recorded_serial(self) -> int:
        if self._connection is None:
            return 0
        row = self._connection.execute("SELECT value FROM meta WHERE key = ?", (SERIAL,)).fetchone()
        return int(row[0]) if row else 0

    def _older_than_recorded(self, keyfile: KeyFile) -> list[str]:
        """What an older copy of the key file, put back in place of the vault's, takes back; empty
        when it is not older than the one the database recorded last."""
        if not keyfile.is_sealed or keyfile.serial >= self._recorded_serial():
            return []
        row = self._connection.execute("SELECT value FROM meta WHERE key = ?", (SLOTS_RECORD,)).fetchone()
        changes = keyfile.changes_from(json.loads(row[0]) if row else None)
        return ["an older copy of it was put back", *(c for c in changes if "settings" not in c)]

    def _check_lock(self) -> None:
        if not self._lock.still_held():
            raise LockLost(str(self.files.database))

    def _connect(self) -> None:
        try:
            self._connection = db.connect(self.files.database, self._key)
            migrate(self._connection, str(self.files.database))
            self._head = audit.read_head(self._connection)
            self._identity_id = sealed.stored_key_id(self._connection)
        except BaseException as error:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            if isinstance(error, db.DatabaseError):
                translated = db.translate(error, self.files.database)
                raise DiskFull(opening=True) if isinstance(translated, DiskFull) else translated from None
            if isinstance(error, ValueError):  # a head that no longer parses
                raise DamagedVault(str(self.files.database), str(error)) from None
            raise

    def _settle_identity(self, identity_keys: dict[str, bytes]) -> None:
        """Take the identity key the database names, and finish an identity key rotation a crash cut
        short: every slot keeps only that key (an interrupted rotation either committed, and the old
        key goes, or did not, and the new one goes). Needs no secret, so any member may.

        The record is in the database, which every member's key opens: a member may delete or change
        it with raw SQL. So when sealed rows exist and no slot carries the key the database names,
        nothing is dropped: a team member whose key opens the sealed rows records its id again (the
        audit log says so); anyone else reads and writes renditions only, and ``verify`` says why."""
        current = self._identity_id
        carried = {key_id for slot in self._keyfile.slots for key_id in slot.identity_ids()}
        if (current is None or current not in carried) and carried and self._anything_sealed():
            opening = next((k for k in identity_keys.values() if self._opens_sealed(k)), None)
            if opening is None:
                self.identity_key = None
                self._identity_id = current if current is not None else IDENTITY_IN_DOUBT
                return
            self._write(
                "vault.identity.restored",
                "The record of the identity key was missing or changed; recorded again from a"
                " key that opens the sealed rows",
                None,
                {"was": current or ""},
                lambda c: sealed.set_key_id(c, opening),
            )
            current = self._identity_id = sealed.stored_key_id(self._connection)
        self.identity_key = identity_keys.get(current) if current is not None else None
        settled = self._keyfile.keeping_identity({current} if current is not None else set())
        if settled != self._keyfile:
            self._save_keyfile(settled)

    def _anything_sealed(self) -> bool:
        return self._connection.execute("SELECT 1 FROM sealed LIMIT 1").fetchone() is not None

    def _opens_sealed(self, key: bytes) -> bool:
        """Whether ``key`` opens the sealed rows (the first of them: every row is sealed by one key)."""
        row = self._connection.execute("SELECT case_id, piece, body FROM sealed LIMIT 1").fetchone()
        try:
            sealed.unseal(key, row[0], row[1], row[2])
        except ValueError:
            return False
        return True

    def _identity_problems(self) -> list[str]:
        """What is wrong with the record of the identity key, as sentences."""
        stored = sealed.stored_key_id(self._connection)
        carried = {key_id for slot in self._keyfile.slots for key_id in slot.identity_ids()}
        problems: list[str] = []
        if stored is None and carried and self._anything_sealed():
            problems.append(
                "the identity record is missing: the database names no identity key, yet it holds"
                " sealed rows and members' key slots carry a key; a CoC team member's unlock records"
                " it again if their key opens the rows"
            )
        elif stored is not None and stored not in carried and (carried or self._anything_sealed()):
            problems.append(
                "the identity record was changed: no member's key slot carries the identity key the"
                " database names; a CoC team member's unlock records it again if their key opens the rows"
            )
        if self.identity_key is not None:
            rows = self._connection.execute("SELECT case_id, piece, body FROM sealed").fetchall()
            for case_id, piece, body in rows:
                try:
                    sealed.unseal(self.identity_key, case_id, piece, body)
                except ValueError:
                    problems.append(f"the sealed piece {piece} of case {case_id} does not open")
        return problems + self._found_at_unlock(
            "vault.identity.restored", "the identity record was found missing or changed and recorded again"
        )

    def close(self) -> None:
        self._disconnect()
        self._lock.release()

    def _disconnect(self) -> None:
        """Close the database and overwrite the key; the lock stays held."""
        if self._connection is not None:
            with contextlib.suppress(db.DatabaseError):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
        wipe(self._key)
        self.identity_key = None

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @staticmethod
    def member_names(path: str | os.PathLike[str]) -> list[str]:
        """The names on the unlock screen: readable without a passphrase."""
        return [slot.name for slot in KeyFile.read(VaultFiles.at(path)).slots]

    # writing

    def _write(
        self, action: str, what: str, case_id: str | None, detail: dict[str, Any], body: Callable[[Any], T]
    ) -> T:
        if self._connection is None:
            raise VaultError("The vault is closed. Unlock it again.")
        self._check_lock()
        with db.transaction(self._connection, self.files.database) as connection:
            result = body(connection)
            head = audit.append(
                connection, self._head, now(), self.member.name, action, case_id, {"what": what, **detail}
            )
        self._head = head
        return result

    def write_across(
        self, refs: Sequence[str], action: str, what: str, body: Callable[[CaseWrites], T], **detail: object
    ) -> T:
        """One act over many cases (the shift handover): its writes, one entry in the audit log and one
        in each case's timeline (``refs``), all in one transaction."""
        ids = [self.resolve(ref) for ref in refs]
        seal = self._seal()
        if self._connection is None:
            raise VaultError("The vault is closed. Unlock it again.")
        self._check_lock()
        at, said = now(), {"what": what, **detail}
        with db.transaction(self._connection, self.files.database) as connection:
            result = body(CaseWrites(connection, seal))
            head = self._head
            for case_id in [None, *ids]:
                head = audit.append(connection, head, at, self.member.name, action, case_id, said)
        self._head = head
        return result

    @db.guarded
    def notes(self, prefix: str) -> dict[str, Any]:
        """The notes kept beside the cases whose key starts with ``prefix`` (acts in progress)."""
        rows = self._connection.execute("SELECT key, value FROM meta WHERE key LIKE ?", (prefix + "%",))
        return {key: json.loads(value) for key, value in rows}

    def record(self, action: str, what: str, case_id: str | None = None, **detail: Any) -> None:
        """An audit entry for something done outside the vault: an export, a print, a plaintext copy."""
        self._write(action, what, case_id, detail, lambda c: None)

    # the event

    @cached_property
    @db.guarded
    def event(self) -> Event:
        row = self._connection.execute("SELECT value FROM meta WHERE key = ?", (EVENT_KEY,)).fetchone()
        return Event.model_validate_json(row[0])

    def update_event(self, event: Event) -> None:
        if event.procedure_file:
            load_procedure(event.procedure_file)  # refuse a malformed file before anything is saved
        self._write(
            "event.update",
            "Changed the event settings",
            None,
            {},
            lambda c: c.execute(
                "UPDATE meta SET value = ? WHERE key = ?", (event.model_dump_json(), EVENT_KEY)
            ),
        )
        self.__dict__.pop("event", None)
        self.__dict__.pop("procedure", None)

    @cached_property
    def procedure(self) -> Procedure:
        return load_procedure(self.event.procedure_file)

    # integrity, backup and erasure

    def verify(self) -> list[str]:
        """Every problem found, as sentences; empty when the database and the audit log are whole."""
        try:
            pages = self._connection.execute("PRAGMA cipher_integrity_check").fetchall()
            if pages:  # a page that fails its check spoils every later read on this connection
                return [f"database: {row[0]}" for row in pages]
            problems = [
                f"database: {row[0]}"
                for row in self._connection.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"
            ]
            problems += audit.verify(self._connection)
            problems += self._identity_problems()
            names = dict(self._connection.execute("SELECT id, name FROM members").fetchall())
            members = set(names)
        except (db.DatabaseError, ValueError) as error:
            return [f"database: {error}"]
        slots = {slot.member_id for slot in self._keyfile.slots}
        problems += [
            f"{names[m]} has no key slot: the CoC team lead adds them again to give them one"
            for m in sorted(members - slots)
        ]
        problems += [f"key slot {s} belongs to no member" for s in sorted(slots - members)]
        return problems + self._keyfile_problems()

    def repair_key_file(self) -> list[str]:
        """Write the key file this open vault trusts over the one on disk, whatever was done to it;
        what had changed, as phrases (empty when it was whole), recorded in the audit log."""
        problems = self._keyfile_problems()
        what = "Repaired the key file: " + "; ".join(problems) if problems else "Checked the key file: whole"
        self._write("vault.keys.repaired", what, None, {}, lambda c: None)
        self._save_keyfile(self._keyfile)
        return problems

    def _keyfile_problems(self) -> list[str]:
        """What is wrong with the key file on disk now, as sentences."""
        try:
            on_disk = KeyFile.read(self.files)
        except VaultError as error:
            return [f"key file: {error}"]
        if not on_disk.seal_holds(self._key):
            recorded = self._connection.execute(
                "SELECT value FROM meta WHERE key = 'keyfile.slots'"
            ).fetchone()
            changes = on_disk.changes_from(json.loads(recorded[0]) if recorded else None)
            return [f"key file: changed outside CoC Desk: {change}" for change in changes]
        older = self._older_than_recorded(on_disk)
        if older:
            return [f"key file: {change}" for change in older]
        problems = [
            f"key file: the key slot of {slot.name} asks for {slot.kdf.problem()}"
            for slot in on_disk.slots
            if slot.kdf.problem() is not None
        ]
        names = {slot.member_id: slot.name for slot in on_disk.slots}
        problems += [
            f"key file: the count of wrong passphrases for {names[m]} was lowered outside CoC Desk"
            for m in names
            if on_disk.streak(m) < 0
        ]
        return problems + self._found_at_unlock(
            "vault.failures.lowered", "key file: the count of wrong passphrases was found lowered"
        )

    def _found_at_unlock(self, action: str, found: str) -> list[str]:
        """``found``, once for each unlock that recorded ``action``, with when and whose it was."""
        rows = self._connection.execute(
            "SELECT at, member FROM audit WHERE action = ? ORDER BY seq", (action,)
        ).fetchall()
        return [f"{found} at {at} ({member}'s unlock)" for at, member in rows]

    def backup(self, destination: str | os.PathLike[str]) -> list[Path]:
        """An encrypted copy that opens with the same passphrases: the database and its key file."""
        target = VaultFiles.at(destination)
        if target.database.exists() or target.keys.exists():
            raise VaultExists(str(target.database))
        made = [str(target.database), *self.backups()]

        def remember(c: Any) -> None:
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (BACKUPS, json.dumps(made)))

        self._write("vault.backup", "Made an encrypted backup", None, {}, remember)
        try:
            target.database.parent.mkdir(parents=True, exist_ok=True)
            self._export_to(target.database, self._key)
            copy = self._keyfile.model_copy(
                update={"failures": {}, "seen": {}, "database_salt": database_salt(target.database)}
            )
            copy.sealed_with(self._key).create(target.keys)
        except OSError as error:
            raise os_error(error, target.database) from None
        return [target.database, target.keys]

    @db.guarded
    def backups(self) -> list[str]:
        """The backups this vault made (their database files), whether or not they still exist."""
        row = self._connection.execute("SELECT value FROM meta WHERE key = ?", (BACKUPS,)).fetchone()
        return list(json.loads(row[0])) if row else []

    def _export_to(self, path: Path, key: bytes | bytearray) -> None:
        connection = self._connection
        try:
            create_private(path)
            db.attach_with_key(connection, path, key, "copy")
            connection.execute("SELECT sqlcipher_export('copy')")
            connection.execute(f"PRAGMA copy.user_version = {SCHEMA_VERSION}")  # export does not copy it
            connection.execute("DETACH DATABASE copy")
        except db.DatabaseError as error:
            with contextlib.suppress(db.DatabaseError):
                connection.execute("DETACH DATABASE copy")
            path.unlink(missing_ok=True)
            raise db.translate(error, path) from None
        except OSError as error:
            raise os_error(error, path) from None

    def destroy(self) -> list[Path]:
        """Crypto-erase: the key file is overwritten where it lies first, so nothing in the database
        can be read again. Returns the backups this vault made that still exist: they are the
        user's files, and open with the same passphrases until they are destroyed too."""
        remaining = [Path(path) for path in self.backups() if Path(path).exists()]
        self._disconnect()
        destroy_files(self.files, self._lock)  # still held: no other copy opens it in between
        return remaining


def destroy_files(files: VaultFiles, held: VaultLock | None = None) -> None:
    """Erase every file of the vault, under its lock (``held``, or taken here)."""
    lock = held or VaultLock(files.lock, files.database)
    if not lock.held and any(path.exists() for path in files.everything()):
        lock.acquire("destroy")
    try:
        try:
            keystore.erase(files.keys)
        except OSError as error:
            raise os_error(error, files.keys) from None
        for path in files.everything():
            if path not in (files.lock, files.keys):
                shred(path)
    finally:
        lock.release()


def _unlock_slot(
    files: VaultFiles, keyfile: KeyFile, member_name: str, passphrase: str
) -> tuple[Slot, SlotKeys, KeyFile]:
    """The slot of ``member_name`` that ``passphrase`` opens, its keys, and the key file. The try is
    counted (written) before it is made, and taken back once the passphrase proves right: a key file
    that cannot be written means no passphrase is tried, so no guess goes uncounted. Slots named the
    same in other letters are each tried, the exact spelling first."""
    candidates = keyfile.slots_named(member_name)
    first = candidates[0]
    for slot in candidates:
        _check_database(files, keyfile, slot)
    keyfile.check_not_locked_out(first.member_id)
    counted, wait = keyfile.after_failure(first.member_id)
    counted.save(files)
    for slot in candidates:
        try:
            keys = slot.unlock(passphrase, keyfile.vault_id)
        except InvalidTag:
            continue
        keyfile.save(files)
        return slot, keys, keyfile
    raise WrongPassphrase(wait)


def _check_database(files: VaultFiles, keyfile: KeyFile, slot: Slot) -> None:
    """Before any key derivation: the slot's cost is one the station accepts, and the key file
    belongs to the database beside it (SQLCipher's salt, the database's first bytes, says which)."""
    problem = slot.kdf.problem()
    if problem is not None:
        raise KeyFileChanged(str(files.keys), [f"the key slot of {slot.name} asks for {problem}"])
    if not keyfile.database_salt:
        return
    salt = database_salt(files.database)
    expected = {keyfile.database_salt} | ({keyfile.rekey.database_salt} if keyfile.rekey else set())
    if salt not in expected:
        raise KeysOfAnotherVault(str(files.database))


def _settle_keys(
    files: VaultFiles, keyfile: KeyFile, slot: Slot, keys: SlotKeys, *, repairing: bool = False
) -> tuple[bytearray, KeyFile]:
    """The key of the database in place, after checking the key file's seal, and the key file with
    a re-key a crash cut short finished or dropped (see ``MemberAdmin._rekey``); not yet written."""
    if repairing:
        return bytearray(keys.database), keyfile
    if keyfile.is_sealed and not keyfile.seal_holds(keys.database):
        raise KeyFileChanged(str(files.keys), keyfile.changes_from(_recorded_slots(files, keys)))
    upcoming, rekey = keys.next_database, keyfile.rekey
    if rekey is None:
        return bytearray(keys.database), keyfile
    if upcoming is None:  # a re-key under way without this member: they are the one being removed
        raise UnknownMember(slot.name)
    if not keyfile.next_seal_holds(upcoming):
        raise KeyFileChanged(str(files.keys), ["the record of an unfinished re-key does not match"])
    try:
        if database_salt(files.database) != rekey.database_salt:
            if database_salt(files.rekeyed) != rekey.database_salt:
                shred(files.rekeyed)
                return bytearray(keys.database), keyfile.rekey_abandoned()
            put_rekeyed_in_place(files)
    except OSError as error:
        raise os_error(error, files.database) from None
    return bytearray(upcoming), keyfile.rekey_finished()


def _repaired(files: VaultFiles, keyfile: KeyFile, slot: Slot, keys: SlotKeys) -> tuple[KeyFile, list[str]]:
    """The key file with only the slots the database recorded, each unchanged, in its order; and
    what was dropped. A re-key recorded in a file that fails its seal is dropped with it."""
    recorded = _recorded_slots(files, keys)
    if recorded is None or database_salt(files.database) != keyfile.database_salt:
        raise KeyFileChanged(str(files.keys), keyfile.changes_from(recorded))
    present = {s.member_id: s for s in keyfile.slots}
    kept = [
        present[entry["member"]].without_next()
        for entry in recorded
        if entry["member"] in present and present[entry["member"]].digest() == entry["digest"]
    ]
    if slot.member_id not in {s.member_id for s in kept}:
        raise KeyFileChanged(str(files.keys), [f"the key slot of {slot.name} was changed"])
    trusted = _recorded(files, keys, SETTINGS_RECORD) or {}
    settings = {name: trusted[name] for name in ("cost", "seen") if name in trusted}
    repaired = KeyFile.model_validate(
        {**keyfile.model_dump(mode="json"), **settings, "slots": [], "rekey": None, "next_seal": ""}
    ).model_copy(update={"slots": kept})
    return repaired, keyfile.changes_from(recorded)


def _recorded_slots(files: VaultFiles, keys: SlotKeys) -> list[dict[str, str]] | None:
    """The slots the database recorded, read with whichever key opens it; None when none does."""
    recorded = _recorded(files, keys, SLOTS_RECORD)
    return list(recorded) if isinstance(recorded, list) else None


def _recorded(files: VaultFiles, keys: SlotKeys, name: str) -> Any:
    """A record the database keeps of the key file (its JSON), read with whichever key opens it."""
    for key in (keys.database, keys.next_database):
        if key is None:
            continue
        try:
            connection = db.connect(files.database, key)
        except db.DatabaseError:
            continue
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
            return json.loads(row[0]) if row else None
        except (db.DatabaseError, ValueError):
            return None
        finally:
            connection.close()
    return None


def _finish_legacy_rekey(files: VaultFiles) -> None:
    """The first release's re-key stopped half way: once its new database was in place, its new
    key file (beside, not yet renamed) goes with it; before that, the old pair stays."""
    try:
        if files.keys_pending.exists() and not files.rekeyed.exists():
            os.replace(files.keys_pending, files.keys)
            fsync_directory(files.keys.parent)
    except OSError as error:
        raise os_error(error, files.database) from None
