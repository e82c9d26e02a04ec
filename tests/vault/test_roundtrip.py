"""What is written is what is read back, in any script, after the vault is closed and opened again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cocdesk.domain import (
    Action,
    Announcement,
    Case,
    Communication,
    Conflict,
    Consent,
    Decision,
    Meeting,
    Party,
    Person,
    StepRecord,
)
from cocdesk.vault import Vault
from tests.vault.conftest import create_vault, open_as

CONTACT_BY = ["phone", "email", "in person"]
NAMES = ["Łukasz", "Зоя", "李", "Ελένη", "Nguyễn Thị Minh Khai", "محمد", "O’Brien-Ngāti", "🐢 Ana"]


def _kept_as_typed(text: str) -> bool:
    """Text without surrounding blanks: the models trim those, which is tested on its own below."""
    return bool(text.strip()) and text == text.strip()


# Control characters are refused in a case's texts (tests/test_input_limits.py): not drawn here.
TYPED = st.characters(blacklist_categories=("Cc", "Cs"))


words = st.text(TYPED, min_size=1, max_size=40).filter(_kept_as_typed)
names = st.sampled_from(NAMES) | words
long_texts = st.text(TYPED, min_size=1, max_size=400).filter(_kept_as_typed)
# Times are kept with their offset from UTC (a zone's name is the event's business, not the case's).
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=offsets)
past_moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2025, 12, 31), timezones=st.just(UTC)
)

people = st.lists(
    st.builds(
        Person,
        party=st.sampled_from(Party),
        name=names,
        description=long_texts | st.just(""),
        contact=words | st.just(""),
        contact_preference=words | st.just(""),
    ),
    max_size=4,
)
parts = st.fixed_dictionaries(
    {
        "people": people,
        "consent": st.builds(Consent, share_identity=st.booleans(), with_whom=names, words=long_texts),
        "decisions": st.lists(
            st.builds(
                Decision, horizon=st.sampled_from(["now", "later"]), text=long_texts, owner=names, at=moments
            ),
            max_size=3,
        ),
        "actions": st.lists(
            st.builds(Action, text=long_texts, owner=names, due=st.none() | moments), max_size=3
        ),
        "meeting": st.builds(
            Meeting,
            present=st.lists(names, max_size=5),
            size_reason=words | st.just(""),
            conflicts=st.lists(st.builds(Conflict, member=names, note=words), max_size=2),
        ),
        "communications": st.lists(
            st.builds(
                Communication,
                kind=st.sampled_from(["talk", "inform_reporter", "filing", "other"]),
                at=moments,
                by=names,
                how=words,
                summary=long_texts,
            ),
            max_size=3,
        ),
        "announcement": st.builds(Announcement, text=long_texts, approved_by=names),
    }
)
answers = st.fixed_dictionaries(
    {
        "what_happened": long_texts,
        "where_happened": words,
        "when_happened": moments.map(datetime.isoformat),
        "ongoing": st.sampled_from(["yes", "no", "unknown"]),
        "in_danger": st.booleans(),
        "people_nearby": st.integers(min_value=-(2**53), max_value=2**53)
        | st.floats(allow_nan=False, allow_infinity=False),
        "contact_by": st.lists(st.sampled_from(CONTACT_BY), min_size=1, unique=True).map(
            lambda chosen: [c for c in CONTACT_BY if c in chosen]  # kept in the procedure's order
        ),
    }
)


def rewritten_by_the_vault(path: Path, write: Any) -> tuple[Case, Case]:
    """The case ``write`` produced, as read while the vault was open and again after reopening it."""
    with open_as(path) as vault:
        case = write(vault)
        before = vault.case(case.id)
    with open_as(path) as vault:
        return before, vault.case(case.id)


def test_answers_in_any_script_come_back_as_typed(vault_path: Path) -> None:
    create_vault(vault_path).close()

    @settings(max_examples=15)
    @given(answers)
    @example({"what_happened": "Зоя said 李 followed Ελένη", "where_happened": "Łódź, hall B"})
    def check(given_answers: dict[str, Any]) -> None:
        def write(vault: Vault) -> Case:
            case = vault.new_case(title="Zoë’s report")
            for field, value in given_answers.items():
                vault.set_answer(case.id, "gather", field, value)
            return case

        before, after = rewritten_by_the_vault(vault_path, write)
        stored, typed = dict(after.steps["gather"].values), dict(given_answers)
        assert stored == before.steps["gather"].values
        typed_at = datetime.fromisoformat(typed.pop("when_happened", "2000-01-01T00:00:00+00:00"))
        stored_at = datetime.fromisoformat(str(stored.pop("when_happened", "2000-01-01T00:00:00+00:00")))
        assert (stored_at, stored_at.utcoffset()) == (typed_at, typed_at.utcoffset())
        assert stored == typed

    check()


def test_people_and_every_part_come_back_as_written(vault_path: Path) -> None:
    create_vault(vault_path).close()

    @settings(max_examples=15)
    @given(parts, words, long_texts)
    @example(
        {"people": [Person(party=Party.REPORTER, name=n) for n in NAMES[:4]]},
        "Hallway · 李",
        "A report was handled — Зоя",
    )
    def check(given_parts: dict[str, Any], title: str, summary: str) -> None:
        def write(vault: Vault) -> Case:
            case = vault.new_case()
            for name, value in given_parts.items():
                vault.set_part(case.id, name, value)
            vault.update_case(case.id, title=title, public_summary=summary, paper_reference=title[:20])
            return case

        before, after = rewritten_by_the_vault(vault_path, write)
        assert after == before
        for name, value in given_parts.items():
            assert getattr(after, name) == value, name
        assert (after.title, after.public_summary) == (title, summary)

    check()


def test_a_whole_imported_case_comes_back_as_written(vault_path: Path) -> None:
    create_vault(vault_path).close()

    @settings(max_examples=10)
    @given(parts, answers, past_moments, names)
    def check(
        given_parts: dict[str, Any], given_answers: dict[str, Any], received: datetime, by: str
    ) -> None:
        case = Case(
            received_at=received,
            received_by=by,
            handler=by,
            steps={
                "gather": StepRecord(values=given_answers, checked=["believe"], done_at=received, done_by=by)
            },
            **given_parts,
        )
        before, after = rewritten_by_the_vault(vault_path, lambda vault: vault.import_case(case))
        assert after == before
        assert after.model_dump(exclude={"timeline"}) == case.model_dump(exclude={"timeline"})

    check()


def test_titles_and_names_are_trimmed_but_answers_kept_as_typed(vault: Vault) -> None:
    case = vault.new_case(title="  Зоя’s report \n")
    vault.set_answer(case.id, "gather", "where_happened", "\t Łódź ")
    vault.set_part(case.id, "people", [Person(party=Party.REPORTER, name=" 李 ")])
    path = vault.files.database
    vault.close()
    with open_as(path) as reopened:
        again = reopened.case(case.id)
        assert again.title == "Зоя’s report"
        assert again.steps["gather"].values == {"where_happened": "\t Łódź "}
        assert again.people[0].name == "李"
