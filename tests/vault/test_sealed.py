"""What identifies a reporter is sealed: a member whose role does not see identity finds no name in the
vault, whatever program they open it with; roles gain and lose the key, and a crash mid-rotation loses
nothing.

The reporter and three witnesses are named in four scripts; every text below mentions them, also in
a transliterated and an inflected form. The renditions are made here by plain replacement (the desk
makes them with its matcher): the vault's contract is only that it stores what it is given.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from anyascii import anyascii
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlcipher3 import dbapi2 as sqlcipher

from cocdesk.desk import policy
from cocdesk.domain import Action, Consent, Decision, Meeting, Party, Person, Role
from cocdesk.domain.case import Announcement, Case, Communication, Level, Placement
from cocdesk.domain.common import Model
from cocdesk.vault import NotAllowed, Vault, VaultFiles, sealed
from cocdesk.vault.keyfile import KeyFile
from cocdesk.vault.writes import ABSENT, CaseWrites
from tests.vault.conftest import FAST, LEAD, LEAD_PASSPHRASE, files_in, run_child, summit_event

REPORTER = "Ana Núñez-Øby"
WITNESSES = ["Зоя Орлова", "李娜", "Ελένη Παπαδοπούλου"]
# Every form a text below uses, and how the rendition reads it (longest first).
FORMS = {
    REPORTER: "[reporter]",
    "Зоя Орлова": "[witness 1]",
    "Zoya Orlova": "[witness 1]",
    "Зою": "[witness 1]",
    "李娜": "[witness 2]",
    "Ελένη Παπαδοπούλου": "[witness 3]",
    "Papadopoulou": "[witness 3]",
    "Ana": "[reporter]",
    "ana.nunez@example.org": "[reporter]",
    "+47 912 34 567": "[reporter]",
}
CONTACTS = {REPORTER: "ana.nunez@example.org", "Зоя Орлова": "+47 912 34 567"}

MBALI, MBALI_PASSPHRASE = "Mbali", "umoya omuhle 🌿"
HAKON, HAKON_PASSPHRASE = "Håkon", "fjorden er stille i kveld"
SOOAH, SOOAH_PASSPHRASE = "Soo-ah", "바다 위의 달빛"
PASSPHRASES = {
    LEAD: LEAD_PASSPHRASE,
    MBALI: MBALI_PASSPHRASE,
    HAKON: HAKON_PASSPHRASE,
    SOOAH: SOOAH_PASSPHRASE,
}

TITLE = "Report from Ana Núñez-Øby"
WHAT = "Ana Núñez-Øby says he followed her; Зоя Орлова saw it, and so did Zoya Orlova’s friend 李娜."
WHERE = "By the stand where Ελένη Παπαδοπούλου works"


def withhold(text: str) -> str:
    for form in sorted(FORMS, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", FORMS[form], text)
    return text


def name_forms() -> set[str]:
    """Every name part of two or more letters, casefolded, in its script and in Latin letters, and the
    inflected and transliterated mentions the texts use."""
    forms = {"зою", "papadopoulou", "zoya", "orlova"}
    for name in [REPORTER, *WITNESSES]:
        for part in re.split(r"[\s\-]+", name):
            if len(part) >= 2:
                forms |= {part.casefold(), anyascii(part).casefold()}
    return forms | {c.casefold() for c in CONTACTS.values()}


def names_in(text: str) -> list[str]:
    folded = text.casefold()
    return sorted(f for f in name_forms() if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded))


def people() -> list[Person]:
    reporter = Person(
        party=Party.REPORTER,
        name=REPORTER,
        contact=CONTACTS[REPORTER],
        description="tall, red scarf; Ana is her name",
    )
    witnesses = [Person(party=Party.WITNESS, name=name, contact=CONTACTS.get(name, "")) for name in WITNESSES]
    return [reporter, *witnesses]


def withheld_people(everyone: list[Person]) -> list[Person]:
    return [
        p.model_copy(
            update={"name": "", "contact": "", "contact_preference": "", "description": "(withheld)"}
        )
        for p in everyone
    ]


def withheld_model(model: Model) -> Any:
    """A part with every string run through ``withhold``."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return withhold(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return type(model).model_validate(walk(model.model_dump(mode="json")))


def write_case(vault: Vault) -> str:
    """A case named in every free-text place, written through the write API with renditions."""
    case = vault.new_case(title=TITLE, withheld={"title": withhold(TITLE)})
    case_id = str(case.id)
    vault.set_answer(case_id, "gather", "what_happened", WHAT, withheld=withhold(WHAT))
    vault.set_answer(case_id, "gather", "where_happened", WHERE, withheld=ABSENT)  # identifying
    everyone = people()
    vault.set_part(case_id, "people", everyone, withheld=withheld_people(everyone))
    consent = Consent(share_identity=True, with_whom="Зоя Орлова’s sister", words="Ana says yes")
    vault.set_part(case_id, "consent", consent, withheld=withheld_model(consent))
    decisions = [Decision(text="Speak to him; tell Зою first", owner=LEAD, by=LEAD)]
    actions = [Action(text="Call Ana Núñez-Øby back", owner=MBALI, due=datetime.now(UTC))]
    meeting = Meeting(present=[LEAD, MBALI], size_reason="李娜 could not come")
    talks = [Communication(kind="talk", by=MBALI, how="phone", summary="Told Zoya Orlova the outcome")]
    announcement = Announcement(text="A participant (Papadopoulou) was asked to leave")
    placement = Placement(
        risk=Level.HIGH, impact=Level.LOW, rationale="Ελένη Παπαδοπούλου is afraid", by=LEAD
    )
    placed = case.model_copy(update={"placements": [placement], "title": TITLE})
    shown = placed.model_copy(update={"placements": [withheld_model(placement)], "title": withhold(TITLE)})

    def compose(w: CaseWrites) -> None:
        parts: list[tuple[str, Any]] = [
            ("decisions", decisions),
            ("actions", actions),
            ("meeting", meeting),
            ("communications", talks),
            ("announcement", announcement),
        ]
        for name, value in parts:
            shown_value = (
                [withheld_model(v) for v in value] if isinstance(value, list) else withheld_model(value)
            )
            w.part(case_id, name, value, shown_value)
        w.part(case_id, "placements", placed.placements, shown.placements)
        w.header(placed, shown)

    vault.write(case_id, "case.meeting", "Recorded the meeting", compose)
    summary = "A witness, 李娜, confirmed it"
    vault.update_case(case_id, withheld={"public_summary": withhold(summary)}, public_summary=summary)
    return case.code


@pytest.fixture
def sealed_vault(vault_path: Path) -> Iterator[tuple[Path, str]]:
    with Vault.create(vault_path, summit_event(), LEAD, LEAD_PASSPHRASE, kdf=FAST) as vault:
        vault.add_member(MBALI, Role.RESPONDER, MBALI_PASSPHRASE, identity=True)
        vault.add_member(HAKON, Role.EVENT_LEAD, HAKON_PASSPHRASE, identity=False)
        vault.add_member(SOOAH, Role.SAFETY_OFFICER, SOOAH_PASSPHRASE, identity=False)
        code = write_case(vault)
    yield vault_path, code


def open_as(path: Path, member: str) -> Vault:
    return Vault.open(path, member, PASSPHRASES[member])


def every_text(case: Case) -> str:
    return case.model_dump_json()


# reading the vault as a member without the identity key, with nothing but the storage and SQLCipher

PAGE, RESERVE = 4096, 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of each page


def unwrapped(path: Path, member: str) -> tuple[bytes, dict[str, bytes]]:
    """The database key and every identity key ``member``'s slot unwraps with their passphrase."""
    keyfile = KeyFile.from_bytes(VaultFiles.at(path).keys.read_bytes())
    keys = keyfile.slot(member).unlock(PASSPHRASES[member], keyfile.vault_id)
    return keys.database, keys.identity


def cell_texts(value: object) -> list[str]:
    """A stored value as text: as is, and JSON with its escapes undone."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="ignore")
    if not isinstance(value, str):
        return [str(value)]
    texts = [value]
    with contextlib.suppress(ValueError):
        texts.append(json.dumps(json.loads(value), ensure_ascii=False))
    return texts


def names_in_tables(path: Path, key: bytes) -> list[str]:
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert {"cases", "case_parts", "answers", "audit", "sealed"} <= set(tables)
        found = []
        for table in tables:
            for row in connection.execute(f"SELECT * FROM {table}"):
                for value in row:
                    found += [f"{table}: {n}" for text in cell_texts(value) for n in names_in(text)]
        return found
    finally:
        connection.close()


def names_in_pages(path: Path, key: bytes) -> list[str]:
    """Every page of the database file decrypted, free pages too: nothing deleted lingers readable."""
    raw = path.read_bytes()
    found = []
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        skip = 16 if start == 0 else 0  # the first page begins with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        text = (decryptor.update(page[skip : PAGE - RESERVE]) + decryptor.finalize()).decode(
            "utf-8", errors="ignore"
        )
        if start == 0:
            assert "CREATE TABLE" in text, "the page decryption does not match SQLCipher's"
        found += [f"page {start // PAGE + 1}: {n}" for n in names_in(text)]
    return found


def sealed_rows(path: Path, key: bytes) -> list[tuple[str, str, bytes]]:
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [
            (r[0], r[1], bytes(r[2])) for r in connection.execute("SELECT case_id, piece, body FROM sealed")
        ]
    finally:
        connection.close()


def opens_any(rows: list[tuple[str, str, bytes]], key: bytes) -> bool:
    for case_id, piece, body in rows:
        try:
            sealed.unseal(key, case_id, piece, body)
        except ValueError:
            continue
        return True
    return False


def test_the_names_are_checked_for_in_every_form() -> None:
    forms = name_forms()
    assert {"ana", "núñez", "nunez", "øby", "oby", "зоя", "zoya", "орлова", "orlova", "李娜", "lina"} <= forms
    assert {"ελένη", "eleni", "παπαδοπούλου", "papadopoyloy", "papadopoulou", "зою"} <= forms
    assert names_in(WHAT) and not names_in(withhold(WHAT))
    assert withhold(WHAT) == (
        "[reporter] says he followed her; [witness 1] saw it, and so did [witness 1]’s friend [witness 2]."
    )


@pytest.mark.parametrize("member", [HAKON, SOOAH])
def test_a_member_without_identity_finds_no_name_anywhere_in_the_vault(
    sealed_vault: tuple[Path, str], member: str
) -> None:
    path, code = sealed_vault
    database_key, identity_keys = unwrapped(path, member)
    assert identity_keys == {}

    rows = sealed_rows(path, database_key)
    assert {piece for _, piece, _ in rows} >= {
        "header:title",
        "header:public_summary",
        "answer:gather:what_happened",
        "answer:gather:where_happened",
        "part:people",
        "part:consent",
        "part:decisions",
        "part:actions",
        "part:meeting",
        "part:communications",
        "part:announcement",
        "part:placements",
    }
    assert names_in_tables(path, database_key) == []
    assert names_in_pages(path, database_key) == []
    assert names_in(VaultFiles.at(path).keys.read_bytes().decode("utf-8", "replace")) == []
    assert files_in(path.parent) == [path.name, f"{path.name}.keys"]

    with open_as(path, member) as vault:
        assert vault.identity_key is None
        case = vault.case(code)
        assert names_in(every_text(case)) == []
        assert case.title == "Report from [reporter]"
        assert case.steps["gather"].values == {"what_happened": withhold(WHAT)}
        assert case.public_summary == "A witness, [witness 2], confirmed it"
        assert case.placements[0].rationale == "[witness 3] is afraid"
        assert [p.party for p in case.people] == [Party.REPORTER, *[Party.WITNESS] * 3]
        assert vault.part(code, "decisions")[0].text == "Speak to him; tell [witness 1] first"
        assert [s.title for s in vault.list_cases()] == ["Report from [reporter]"]


def test_the_team_reads_every_name(sealed_vault: tuple[Path, str]) -> None:
    path, code = sealed_vault
    for member in (LEAD, MBALI):
        with open_as(path, member) as vault:
            assert vault.identity_key is not None
            case = vault.case(code)
            assert case.title == TITLE
            assert case.steps["gather"].values == {"what_happened": WHAT, "where_happened": WHERE}
            assert [p.name for p in case.people] == [REPORTER, *WITNESSES]
            assert case.people[0].contact == CONTACTS[REPORTER]
            assert case.consent.with_whom == "Зоя Орлова’s sister"
            assert case.decisions[0].text == "Speak to him; tell Зою first"
            assert case.meeting.size_reason == "李娜 could not come"
            assert case.placements[0].rationale == "Ελένη Παπαδοπούλου is afraid"
            assert case.public_summary == "A witness, 李娜, confirmed it"
            assert vault.part(code, "people")[0].name == REPORTER
            assert vault.case(code, sealed=False).title == "Report from [reporter]"
            # the list's columns hold renditions; the team's list shows the sealed title
            assert [s.title for s in vault.list_cases(sealed=False)] == ["Report from [reporter]"]
            assert [s.title for s in vault.list_cases()] == [TITLE]


def test_a_member_without_identity_may_not_rewrite_what_names_someone(sealed_vault: tuple[Path, str]) -> None:
    path, code = sealed_vault
    with open_as(path, HAKON) as vault:
        with pytest.raises(NotAllowed, match="Only the CoC team may change what identifies the reporter"):
            vault.set_answer(code, "gather", "what_happened", "Ana again", withheld="[reporter] again")
        # what they read they may change: their own words are theirs, and the rest stays sealed
        vault.update_case(code, status="assessing")
        vault.set_part(code, "agreement", {"agreed": True, "by": HAKON, "changes": "None needed"})
    with open_as(path, LEAD) as lead:
        case = lead.case(code)
        assert case.title == TITLE
        assert case.steps["gather"].values["what_happened"] == WHAT
        assert case.agreement.changes == "None needed"


def test_losing_the_role_loses_the_key_and_gaining_it_gives_it(sealed_vault: tuple[Path, str]) -> None:
    path, code = sealed_vault
    _, mbali_keys = unwrapped(path, MBALI)
    (old_key,) = mbali_keys.values()
    kept = path.with_name("kept.keys")
    shutil.copy(VaultFiles.at(path).keys, kept)

    with open_as(path, LEAD) as lead:
        lead.change_role(MBALI, Role.EVENT_LEAD, identity=False)
        lead.change_role(HAKON, Role.RESPONDER, identity=True)
        assert lead.case(code).title == TITLE

    database_key, mbali_now = unwrapped(path, MBALI)
    assert mbali_now == {}
    rows = sealed_rows(path, database_key)
    assert rows and not opens_any(rows, old_key)  # the key she unwrapped while on the team opens nothing
    assert names_in_tables(path, database_key) == []
    with open_as(path, MBALI) as mbali:
        assert mbali.identity_key is None
        assert names_in(every_text(mbali.case(code))) == []
    with open_as(path, HAKON) as hakon:
        assert hakon.identity_key is not None
        assert [p.name for p in hakon.case(code).people] == [REPORTER, *WITNESSES]
    _, hakon_keys = unwrapped(path, HAKON)
    assert opens_any(rows, next(iter(hakon_keys.values())))


def test_a_removed_member_who_saw_identity_takes_no_key_that_still_opens(
    sealed_vault: tuple[Path, str],
) -> None:
    path, code = sealed_vault
    _, mbali_keys = unwrapped(path, MBALI)
    with open_as(path, LEAD) as lead:
        lead.remove_member(MBALI)
        assert lead.case(code).people[0].name == REPORTER
    database_key, _ = unwrapped(path, LEAD)
    assert not opens_any(sealed_rows(path, database_key), next(iter(mbali_keys.values())))


@pytest.mark.parametrize(
    ("point", "committed"),
    [
        ("step:1", False),  # before the key file carrying both keys is written
        ("reseal", False),  # every row re-encrypted inside the transaction, nothing committed
        ("step:5", True),  # committed; the key file still carries the old key beside the new
    ],
)
def test_a_rotation_killed_at_any_step_leaves_a_vault_everyone_opens(
    sealed_vault: tuple[Path, str], point: str, committed: bool
) -> None:
    path, code = sealed_vault
    _, before = unwrapped(path, MBALI)
    crashed = run_child("change-role", str(path), MBALI, Role.EVENT_LEAD.value, point)
    assert crashed.returncode == 70, crashed.stderr

    for member in (LEAD, MBALI, HAKON, SOOAH):
        with open_as(path, member) as vault:
            role = next(m.role for m in vault.members() if m.name == MBALI)
            assert role == (Role.EVENT_LEAD if committed else Role.RESPONDER)
            assert vault.verify() == []
            case = vault.case(code)
            if member in (LEAD,) or (member == MBALI and not committed):
                assert vault.identity_key is not None
                assert [p.name for p in case.people] == [REPORTER, *WITNESSES]
                assert case.steps["gather"].values["where_happened"] == WHERE
            else:
                assert vault.identity_key is None
                assert names_in(every_text(case)) == []
    keyfile = KeyFile.from_bytes(VaultFiles.at(path).keys.read_bytes())
    assert all(len(slot.identity) <= 1 for slot in keyfile.slots)  # the interrupted rotation is settled
    assert files_in(path.parent) == [path.name, f"{path.name}.keys"]
    database_key, after = unwrapped(path, MBALI)
    assert opens_any(sealed_rows(path, database_key), next(iter(before.values()))) is not committed
    assert (after == {}) is committed

    with open_as(path, LEAD) as lead:  # the change can be made again, and holds
        lead.change_role(MBALI, Role.EVENT_LEAD, identity=False)
    assert unwrapped(path, MBALI)[1] == {}


def test_a_vault_from_before_sealing_is_sealed_and_keeps_no_readable_trace(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A vault as the release before sealing made it: every name in the clear, no identity key.
    monkeypatch.setattr(sealed, "set_key_id", lambda connection, key: None)
    with Vault.create(vault_path, summit_event(), LEAD, LEAD_PASSPHRASE, kdf=FAST) as old:
        old.add_member(MBALI, Role.RESPONDER, MBALI_PASSPHRASE, identity=True)
        old.add_member(HAKON, Role.EVENT_LEAD, HAKON_PASSPHRASE, identity=False)
        code = write_case(old)  # renditions are ignored: there is nowhere to seal yet
    monkeypatch.undo()
    database_key, _ = unwrapped(vault_path, HAKON)
    assert names_in_tables(vault_path, database_key)  # the old vault holds names in the clear

    with open_as(vault_path, LEAD) as lead:
        assert not lead.identity_established
        assert lead.case(code).title == TITLE
        team = [m.id for m in lead.members() if policy.sees_identity(m.role)]
        lead.establish_identity(team)
        assert lead.identity_established and lead.identity_key is not None
        full = lead.case(code, timeline=False)
        shown = full.model_copy(
            update={
                "title": withhold(full.title),
                "public_summary": withhold(full.public_summary),
                "people": withheld_people(full.people),
                "steps": {
                    "gather": full.steps["gather"].model_copy(
                        update={"values": {"what_happened": withhold(WHAT)}}
                    )
                },
                **{
                    name: [withheld_model(v) for v in getattr(full, name)]
                    for name in ("decisions", "actions", "communications", "placements")
                },
                **{
                    name: withheld_model(getattr(full, name))
                    for name in ("consent", "meeting", "announcement")
                },
            }
        )
        lead.write(
            code, "case.reseal", "Sealed what identifies the reporter", lambda w: w.create(full, shown)
        )
        assert lead.case(code).title == TITLE

    database_key, identity_keys = unwrapped(vault_path, HAKON)
    assert identity_keys == {}
    assert names_in_tables(vault_path, database_key) == []
    assert names_in_pages(vault_path, database_key) == []
    with open_as(vault_path, MBALI) as mbali:
        assert [p.name for p in mbali.case(code).people] == [REPORTER, *WITNESSES]
