"""The keys a reported person is indexed by: how their name sounds (``cocdesk.identity.person_keys``)
and the distinctive words of how they were described.

A word is distinctive only when it is neither a word of any sentence nor one that describes half the
people at a small event ("man", "black", "shirt", "jeans", "tall"); which of the rest are too common
to tell people apart depends on the reports an event has, so that is judged against the index as it
stands. A handle someone goes by ("nightowl") is enough on its own, but only when it reads as one
beyond doubt: "@nightowl", "night_owl", "owl42", a quoted word, or the word after "badge says",
"writes as", "username", "handle". The word after a bare "as" or "called" is a word like any other
("called security", "works as volunteer").
"""

from __future__ import annotations

import re
import unicodedata

from cocdesk.identity.matcher import fold
from cocdesk.identity.person_keys import HANDLE_KEY, STOP_WORDS, WORD_KEY, name_words

MIN_WORD = 3
MOST_WORDS = 400
"""Distinct words indexed per description, handles first: far beyond what describes someone, and a
bound on what a pasted text can add to the index."""
TOKEN = re.compile(r"(?P<at>@?)(?P<word>\w+(?:['’]\w+)*)")
OPENING_QUOTES = frozenset("\"'“‘«„‚`")
CUES = frozenset({"username", "handle", "nick", "nickname", "alias", "usernames", "handles"})
"""A word after which the next one is the handle someone goes by."""
CUE_PAIRS = frozenset(
    {
        ("badge", "says"),
        ("badge", "said"),
        ("badge", "reads"),
        ("badge", "read"),
        ("tag", "says"),
        ("writes", "as"),
        ("wrote", "as"),
        ("posts", "as"),
        ("posted", "as"),
        ("goes", "by"),
        ("known", "as"),
        ("logged", "as"),
    }
)
"""Two words after which the next one is a handle ("badge says", "writes as")."""
COLOURS = frozenset(
    """black white grey gray red blue green yellow brown pink purple orange beige navy dark light
    bright pale""".split()  # noqa: SIM905
)
"""Not distinctive alone; a colour and the distinctive word it describes ("green hoodie") are."""
COMMON_WORDS = COLOURS | frozenset(
    """colour color colored coloured striped plain
    man men woman women guy guys girl boy lady ladies gentleman male female adult young younger old
    older elderly middle aged teen teenager kid tall short big small large medium thin slim heavy
    build average height slightly quite rather looking looked look
    hair haired beard bearded glasses wears shirt tshirt jeans trousers pants shorts jacket coat
    sweater jumper dress skirt shoes sneakers boots top cap hat bag backpack clothes clothing
    outfit suit tie
    badge conference event talk session room hall booth stand chat attendee attendees speaker
    speakers staff volunteer volunteers participant someone something said told asked went came
    """.split()  # noqa: SIM905
)
"""Words that describe half the people at any event: never distinctive on their own, however few
reports an event has yet."""


def description_words(description: str) -> dict[str, bool]:
    """The distinctive-looking words of a description, folded, each with whether it is a handle;
    handles first, then the rest in order, at most ``MOST_WORDS``."""
    text = unicodedata.normalize("NFC", description)
    handles: dict[str, bool] = {}
    words: dict[str, bool] = {}
    before: list[str] = ["", ""]
    colour = ""
    for match in TOKEN.finditer(text):
        raw = match.group("word")
        lower = raw.casefold()
        cued = lower not in CUES and (before[-1] in CUES or (before[-2], before[-1]) in CUE_PAIRS)
        before = [before[-1], lower]
        word, coloured = fold(raw), colour
        colour = word if word in COLOURS else ""
        if len(word) < MIN_WORD or word.isdigit():
            continue
        if _looks_like_handle(text, match) or (cued and word not in STOP_WORDS):
            handles[word] = True
        elif word not in STOP_WORDS and word not in COMMON_WORDS:
            words.setdefault(word, False)
            if coloured:
                words.setdefault(f"{coloured} {word}", False)
    found = {**handles, **{word: False for word in words if word not in handles}}
    return dict(list(found.items())[:MOST_WORDS])


def _looks_like_handle(text: str, match: re.Match[str]) -> bool:
    """A word spelled as only a handle is: after "@", with an underscore, letters with digits, or
    within quotes."""
    raw = match.group("word")
    if match.group("at") or "_" in raw:
        return True
    if any(ch.isdigit() for ch in raw) and any(ch.isalpha() for ch in raw):
        return True
    start, end = match.start("word"), match.end("word")
    opened = start > 0 and text[start - 1] in OPENING_QUOTES
    closed = end < len(text) and text[end] in OPENING_QUOTES | frozenset("”’»")
    return opened and closed


def keys_of(name: str, description: str) -> set[str]:
    """Every key a reported person is indexed by."""
    keys = {key for word in name_words(name) for key in word}
    for word, handle in description_words(description).items():
        keys.add(WORD_KEY + word)
        if handle:
            keys.add(HANDLE_KEY + word)
    return keys
