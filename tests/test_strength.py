"""Grading new passphrases for the strength meter: weak ones are called weak, and say why."""

from __future__ import annotations

import pytest

from cocdesk.strength import strength


@pytest.mark.parametrize(
    ("passphrase", "weak"),
    [
        ("password1", True),
        ("Łukasz2026!", True),
        ("abcdefgh12345678", True),
        ("correct horse battery staple", False),
        ("тихий вечер у моря", False),
        ("红色的灯笼挂在门口", False),
        ("kX9#mQ2!vL7@", False),
    ],
)
def test_weak_passphrases_are_graded_weak_with_a_reason(passphrase: str, weak: bool) -> None:
    graded = strength(passphrase, avoid=["Łukasz"])
    assert graded.is_weak is weak
    assert (graded.warning is not None) is weak


def test_a_passphrase_the_vault_refuses_grades_as_refused() -> None:
    graded = strength("short")
    assert graded.refused and graded.score == 0 and graded.label == "Very weak"
    assert strength("").refused


def test_a_name_on_the_station_counts_for_little_with_or_without_its_accents() -> None:
    for passphrase in ("Amelie2026!", "amélie durand rocks"):
        graded = strength(passphrase, avoid=["Amélie Durand"])
        assert graded.is_weak
        assert graded.warning and "contains a name shown on this station" in graded.warning
    assert strength("Amelie2026!", avoid=["Amélie Durand"]).bits < strength("Amelie2026!", avoid=[]).bits
