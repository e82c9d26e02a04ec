"""The keys a reported person is found by across reports: how their name sounds, and the distinctive
words of how they were described.

A name's key is the start of each word as the matcher spells it in Latin letters, the usual
alternative spellings written one way ("Łukasz", "Лукаш" and "Łukasza" are all "luk"; "李明" is "li"
and "min", as "Li Ming" is). Keys only gather candidates quickly; whether two names name one person
is then asked of the matcher (``cocdesk.flow.conflicts.same_person``). A description's keys are its
words, folded, without the words every sentence has; which words are too common to tell people
apart depends on the reports an event has, so that is judged against the index as it stands.
"""

from __future__ import annotations

import re
import unicodedata

from cocdesk.identity.matcher import CJK, WORD, fold, loose, spellings

NAME_KEY = "n:"
WORD_KEY = "w:"
HANDLE_KEY = "h:"
NAME_KEY_LETTERS = 3
MIN_WORD = 3
MOST_WORDS = 60  # the description's first distinct words: far beyond what describes someone
HANDLE_CUES = frozenset({"says", "say", "as", "handle", "called", "named", "nick", "nickname", "username"})
STOP_WORDS = frozenset(
    # the words of any sentence, and the words the rendition puts where a name was
    """about above after again against all also and any are around back because been before being
    below between both but can could did does doing down during each even ever few for from further
    had has have having her here hers herself him himself his how into its itself just like may
    maybe might more most much must near not now off once only other our out over own same she
    should some such than that the their them then there these they this those through too under
    until very was were what when where which while who whom why will with would you your yours
    one two says said say wearing wears wore worn kind sort someone somebody person
    people reporter reported witness withheld named called handle nick username""".split()  # noqa: SIM905
)


def name_words(name: str) -> list[frozenset[str]]:
    """The keys of each word of ``name``: one set per word (a CJK character counts as a word)."""
    words: list[frozenset[str]] = []
    for word in WORD.findall(unicodedata.normalize("NFC", name)):
        pieces = [ch for ch in word if ch.isalpha()] if re.search(f"[{CJK}]", word) else [word]
        for piece in pieces:
            keys = frozenset(
                NAME_KEY + loose(spelled)[:NAME_KEY_LETTERS]
                for spelled in spellings(piece)
                if len(spelled) >= 2
            )
            if keys:
                words.append(keys)
    return words


def description_words(description: str) -> dict[str, bool]:
    """The distinctive-looking words of a description, folded, each with whether it reads as a
    handle someone goes by ("@nightowl", "badge says nightowl", "owl42")."""
    found: dict[str, bool] = {}
    text = unicodedata.normalize("NFC", description)
    previous = ""
    for match in WORD.finditer(text):
        raw = match.group()
        word = fold(raw)
        cue = previous in HANDLE_CUES or text[max(0, match.start() - 1) : match.start()] == "@"
        previous = raw.casefold()
        if len(word) < MIN_WORD or word in STOP_WORDS or word.isdigit():
            continue
        handle = cue or (any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word))
        if word in found:
            found[word] = found[word] or handle
        elif len(found) < MOST_WORDS:
            found[word] = handle
    return found


def keys_of(name: str, description: str) -> set[str]:
    """Every key a reported person is indexed by."""
    keys = {key for word in name_words(name) for key in word}
    for word, handle in description_words(description).items():
        keys.add(WORD_KEY + word)
        if handle:
            keys.add(HANDLE_KEY + word)
    return keys
