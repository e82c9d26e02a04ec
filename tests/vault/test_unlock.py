"""Unlocking: each way it can fail is told in one sentence, and the vault is left as it was."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cocdesk.vault import (
    DamagedVault,
    KeysOfAnotherVault,
    NotAVault,
    TooManyAttempts,
    UnknownMember,
    Vault,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)
from tests.vault.conftest import LEAD, LEAD_PASSPHRASE, ZOYA, create_vault, files_in, open_as


class Clock:
    """The key file's idea of now, moved by hand so that waiting takes no time."""

    def __init__(self) -> None:
        self.at = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("cocdesk.vault.keyfile.now", clock)
    return clock


def test_a_wrong_passphrase_is_refused_and_the_vault_still_opens(vault_path: Path) -> None:
    with create_vault(vault_path) as vault:
        code = vault.new_case(title="Zoë’s report").code
    with pytest.raises(WrongPassphrase, match="That passphrase does not open this vault"):
        Vault.open(vault_path, LEAD, "żółta łódź")
    with open_as(vault_path) as vault:
        assert vault.case(code).title == "Zoë’s report"


def test_repeated_failures_make_the_member_wait_longer_each_time(team_vault: Vault, clock: Clock) -> None:
    path = team_vault.files.database
    team_vault.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase) as refused:
            Vault.open(path, LEAD, "guess")
        assert refused.value.retry_after == 0
    waits = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as refused:
            Vault.open(path, LEAD, "guess")
        waits.append(refused.value.retry_after)
        assert f"Wait {refused.value.retry_after:.0f} seconds" in str(refused.value)
        # Even the right passphrase is not tried until the wait is over.
        with pytest.raises(TooManyAttempts, match="Too many wrong passphrases"):
            Vault.open(path, LEAD, LEAD_PASSPHRASE)
        clock.advance(refused.value.retry_after - 0.5)
        with pytest.raises(TooManyAttempts):
            Vault.open(path, LEAD, LEAD_PASSPHRASE)
        clock.advance(0.5)
    assert waits[0] > 0 and waits[1] > waits[0] and waits[2] > waits[1]

    # Another member is not held up by Łukasz's failures.
    open_as(path, ZOYA).close()

    # A success forgets the failures: the next wrong passphrase costs no wait.
    open_as(path, LEAD).close()
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(path, LEAD, "guess")
    assert refused.value.retry_after == 0


def test_an_unknown_member_is_named(vault: Vault) -> None:
    vault.close()
    with pytest.raises(UnknownMember, match="'Ζωή' is not a member of this vault"):
        Vault.open(vault.files.database, "Ζωή", LEAD_PASSPHRASE)


def test_member_names_match_whatever_the_case(vault: Vault) -> None:
    vault.close()
    Vault.open(vault.files.database, " łukasz ", LEAD_PASSPHRASE).close()


def test_a_missing_vault_is_named(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match=r"There is no vault at .*nowhere\.cocvault"):
        Vault.open(tmp_path / "nowhere.cocvault", LEAD, LEAD_PASSPHRASE)
    assert files_in(tmp_path) == []


def test_a_random_file_is_not_a_vault_and_stays_untouched(tmp_path: Path) -> None:
    stranger = tmp_path / "holiday.jpg"
    stranger.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(NotAVault, match=r"holiday\.jpg is not a CoC Desk vault"):
        Vault.open(stranger, LEAD, LEAD_PASSPHRASE)
    assert stranger.read_bytes() == bytes(range(256)) * 40
    assert files_in(tmp_path) == ["holiday.jpg"]


def test_a_plain_sqlite_database_is_not_a_vault(tmp_path: Path) -> None:
    plain = tmp_path / "notes.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('Зоя')")
    connection.close()
    with pytest.raises(NotAVault):
        Vault.open(plain, LEAD, LEAD_PASSPHRASE)
    # Even beside a key file of a real vault, the database is refused without a traceback.
    other = tmp_path / "real.cocvault"
    create_vault(other).close()
    (tmp_path / "notes.sqlite.keys").write_bytes((tmp_path / "real.cocvault.keys").read_bytes())
    with pytest.raises(KeysOfAnotherVault, match="belongs to another vault"):
        Vault.open(plain, LEAD, LEAD_PASSPHRASE)
    assert sqlite3.connect(plain).execute("SELECT text FROM notes").fetchall() == [("Зоя",)]


def _read_everything(path: Path) -> None:
    with open_as(path) as vault:
        for summary in vault.list_cases():
            vault.case(summary.id)
        problems = vault.verify()
        if problems:
            raise DamagedVault(str(path), problems[0])


@pytest.mark.parametrize("where", ["first page", "a middle page", "the last page"])
def test_a_damaged_vault_is_reported_as_damaged_without_a_crash(vault: Vault, where: str) -> None:
    path = vault.files.database
    for number in range(40):
        case = vault.new_case(title=f"Ελένη {number}")
        vault.set_answer(case.id, "gather", "what_happened", "李 " * 3000)
    vault.close()
    healthy = path.read_bytes()
    pages = len(healthy) // 4096
    page = {"first page": 0, "a middle page": pages // 2, "the last page": pages - 1}[where]
    damaged = bytearray(healthy)
    for offset in (100, 1000, 3000):
        damaged[page * 4096 + offset] ^= 0x5A
    path.write_bytes(damaged)

    with pytest.raises(DamagedVault, match="is damaged"):
        _read_everything(path)

    path.write_bytes(healthy)  # the backup the message points to
    _read_everything(path)


def test_every_failure_is_a_vault_error_with_one_sentence(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultError) as refused:
        Vault.open(vault.files.database, LEAD, "wrong")
    message = str(refused.value)
    assert "\n" not in message and message.endswith(".")


def test_a_wait_of_one_second_is_said_as_one_second() -> None:
    from cocdesk.vault import TooManyAttempts, WrongPassphrase

    assert "Wait 1 second before the next try." in str(WrongPassphrase(1.2))
    assert "Wait 1 second, then try again." in str(TooManyAttempts(0.9))
    assert "Wait 8 seconds" in str(TooManyAttempts(8))
