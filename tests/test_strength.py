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
