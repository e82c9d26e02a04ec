"""The keys a reported person is found by across reports: how their name sounds, and the distinctive
words of how they were described.

A name's key is the start of each word as the matcher spells it in Latin letters, the usual
alternative spellings written one way ("Łukasz", "Лукаш" and "Łukasza" are all "luk"; "李明" is "li"
and "min", as "Li Ming" is). Keys only gather candidates quickly; whether two names name one person
is then asked of the matcher (``cocdesk.flow.conflicts.same_person``). A description's keys are its
distinctive words (``cocdesk.identity.described``).
"""

from __future__ import annotations

import re
import unicodedata

from cocdesk.identity.matcher import CJK, WORD, loose, spellings

NAME_KEY = "n:"
WORD_KEY = "w:"
HANDLE_KEY = "h:"
NAME_KEY_LETTERS = 3
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
