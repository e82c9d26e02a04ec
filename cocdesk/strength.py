"""How hard a passphrase looks to guess, for the strength meter beside every new passphrase.

A rough estimate in bits, on the side of caution: letters count as parts of words, not as random
characters; common passwords, repeats, runs like "abc" or "123", years and the names the vault
already shows (the member's, the event's) count for little. ``cocdesk.passphrases.weakness`` decides
what is refused outright; this only grades what is allowed and warns about the weak ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cocdesk.passphrases import weakness

LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
THRESHOLDS = (28.0, 40.0, 56.0, 72.0)  # bits needed for scores 1, 2, 3 and 4
COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "passphrase",
        "letmein",
        "welcome",
        "qwerty",
        "qwertz",
        "azerty",
        "iloveyou",
        "admin",
        "administrator",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "princess",
        "master",
        "shadow",
        "secret",
        "trustno1",
        "changeme",
        "default",
        "abc123",
        "login",
        "starwars",
        "whatever",
        "freedom",
        "hello",
        "computer",
        "conference",
        "cocdesk",
    }
)
SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789")
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")  # only long runs count: "wer" is in "flower"
YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (very strong)
    bits: float
    refused: str | None  # why it cannot be used at all
    warning: str | None  # why it is weak, when it is

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def is_weak(self) -> bool:
        return self.score <= 1


def strength(passphrase: str, avoid: Iterable[str] = ()) -> Strength:
    """Grade ``passphrase``; ``avoid`` holds names an attacker would try first."""
    bits, hints = _estimate(passphrase, [a for a in avoid if len(a.strip()) >= 3])
    score = sum(bits >= threshold for threshold in THRESHOLDS)
    refused = weakness(passphrase)
    if refused:
        score = 0
    warning = refused
    if warning is None and score <= 1:
        advice = "A few unrelated words together are easier to remember and much harder to guess."
        warning = " ".join([*hints, advice]) if hints else f"Easy to guess. {advice}"
    return Strength(score=score, bits=round(bits, 1), refused=refused, warning=warning)


def _estimate(passphrase: str, avoid: list[str]) -> tuple[float, list[str]]:
    text = passphrase.strip()
    folded = text.casefold()
    hints: list[str] = []
    if re.sub(r"[\d\W_]+$", "", folded) in COMMON or folded in COMMON:
        return 8.0, ["This is one of the most common passwords."]
    for name in avoid:
        for form in {_plain(name), name.strip().casefold()}:  # "Amelie" is as easy to guess as "Amélie"
            for word in [form, *form.split()]:
                if len(word) >= 3 and word in _plain(folded):
                    folded = _plain(folded).replace(word, "\x00")
                    hints.append("It contains a name shown on this station.")
    if YEAR.search(folded):
        folded = YEAR.sub("\x01", folded)
    bits = sum(1.0 for char in text[1:] if char.isupper())  # capitals beyond the first add a little
    previous = ""
    for piece in re.finditer(r"[^\W\d_]+|.", folded, re.DOTALL):
        word_like = len(piece.group()) > 2  # a run of letters reads as a word, not as random letters
        for char in piece.group():
            bits += _char_bits(char, previous, word_like)
            previous = char
    if _has_run(text.casefold()):
        hints.append("Runs like abc or 123 are easy to guess.")
    if re.search(r"(.)\1\1", text):
        hints.append("Repeated characters add little.")
    return bits, list(dict.fromkeys(hints))


def _char_bits(char: str, previous: str, word_like: bool) -> float:
    if char in "\x00\x01":
        return 6.0  # a known name or a year: about as hard to guess as one more short word
    if char == previous:
        return 0.5
    if previous and _follows(previous, char):
        return 1.0
    if char.isspace() or char in "-_.":
        return 1.0
    if char.isdigit():
        return 3.3
    if char.isalpha():
        if ord(char) >= 0x2E80:
            return 7.0  # CJK and other scripts where one character is a whole syllable or word
        if not word_like:
            return 4.7
        return 2.5 if char.isascii() else 3.0  # other scripts and accents: a larger alphabet, still words
    return 5.0


def _plain(text: str) -> str:
    """Case-folded, without accents: the form an attacker's list of names would try."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _follows(previous: str, char: str) -> bool:
    return any(previous + char in sequence for sequence in SEQUENCES)


def _has_run(text: str) -> bool:
    """Three in alphabetical or numeric order, or four along a keyboard row, either way round."""
    runs = [(sequence, 3) for sequence in SEQUENCES] + [(row, 4) for row in KEYBOARD_ROWS]
    return any(
        text[i : i + size] in sequence or text[i : i + size][::-1] in sequence
        for sequence, size in runs
        for i in range(len(text) - size + 1)
    )
