"""Finding the people a case must keep private in any text typed about it.

The reporter's and the witnesses' names (and any stretch a responder marked) are found in free text
however they were typed: in any case and with or without accents, in the script they were typed in or
in its Latin transliteration ("Зоя", "Zoya", "ZOYA"), and with the endings a name takes in a sentence
("Зою", "Łukasza", "Орловой"). Each part of a name of two or more letters counts on its own. Contacts
count too: an e-mail address as typed, a phone number by its digits.

Withheld, a match reads as the person's role in the case ("[reporter]", "[witness 2]") and the rest
of the sentence stays. The same matcher serves redaction, search, the announcement check and the
transparency report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from anyascii import anyascii

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
DIGITS = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")
MIN_LETTERS = 2
MIN_PHONE_DIGITS = 6
ENDINGS = frozenset(
    # the endings names take in Slavic, Baltic and Greek sentences, as anyascii writes them
    "a ya ia u yu iu e ye ie i y o oy ey oi ei oyu eyu om em am yam ami yami akh yakh ov ev ovi owi"  # noqa: SIM905
    " ie iem ego ogo emu omu oj ej s is os as ou iego iemu im ich ym ych".split()
)
INFLECTED_STEM = 4  # a Latin-typed word shorter than this is matched only exactly: "Ana" never "any"


def fold(text: str) -> str:
    """Case- and accent-free Latin letters and digits: how two spellings of one name are compared."""
    latin = anyascii(unicodedata.normalize("NFC", text)).casefold()
    return "".join(ch for ch in latin if ch.isalnum())


SPELLINGS = (
    # how a name in another script is also written in Latin letters, beyond anyascii's one way
    ("ου", "ou"),
    ("ού", "ou"),
    ("μπ", "b"),
    ("ντ", "d"),
    ("я", "ia"),
    ("ю", "iu"),
    ("й", "i"),
    ("х", "h"),
)


def spellings(piece: str) -> set[str]:
    """Every folded Latin spelling of one name part: anyascii's, and the common alternatives
    ("Παπαδοπούλου" is "papadopoylou" to anyascii and "papadopoulou" to its owner's passport)."""
    text = unicodedata.normalize("NFC", piece).casefold()
    found = {fold(text)}
    for source, latin in SPELLINGS:
        found |= {fold(spelled.replace(source, latin)) for spelled in ({text} | found) if source in spelled}
    found |= {fold(_replace_all(text))}
    return {spelling for spelling in found if spelling}


def _replace_all(text: str) -> str:
    for source, latin in SPELLINGS:
        text = text.replace(source, latin)
    return text


def _stem(latin: str) -> str:
    """The name without the ending it has in the nominative: "zoya" → "zo", "orlova" → "orlov"."""
    for ending in sorted((e for e in ENDINGS if latin.endswith(e)), key=len, reverse=True):
        if len(latin) - len(ending) >= MIN_LETTERS:
            return latin[: -len(ending)]
    return latin


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 for ch in text)


def _is_spaced_script(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, Thai...): a name is found inside a run."""
    name = unicodedata.name(ch, "")
    return any(word in name for word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER"))


@dataclass(frozen=True)
class Person:
    """Someone to withhold: how they read when withheld, and the words that name or reach them."""

    label: str
    names: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class _Part:
    label: str
    latin: str
    stem: str
    unspaced: str  # the part as typed, for scripts without spaces ("" otherwise)


@dataclass
class NameMatcher:
    """Matches the given people in text. ``unmarked``: words a responder said are not a name."""

    people: Sequence[Person]
    marked: Sequence[str] = ()
    unmarked: Iterable[str] = ()
    _parts: list[_Part] = field(init=False, default_factory=list)
    _phones: list[tuple[str, str]] = field(init=False, default_factory=list)
    _phrases: list[tuple[str, str]] = field(init=False, default_factory=list)
    _skip: frozenset[str] = field(init=False, default=frozenset())
    _syllables: list[tuple[str, re.Pattern[str]]] = field(init=False, default_factory=list)
    _seen: dict[str, str | None] = field(init=False, default_factory=dict)  # word → label, as found

    def __post_init__(self) -> None:
        self._skip = frozenset(fold(word) for word in self.unmarked)
        for person in self.people:
            for name in person.names:
                for piece in re.split(r"[\s\-‐.,]+", name):
                    self._add_part(person.label, piece)
            for contact in person.contacts:
                digits = re.sub(r"\D", "", contact)
                if len(digits) >= MIN_PHONE_DIGITS and "@" not in contact:
                    self._phones.append((person.label, digits))
                elif len(contact.strip()) >= MIN_LETTERS:
                    self._phrases.append((person.label, contact.strip().casefold()))
        for stretch in self.marked:
            if stretch.strip():
                self._phrases.append((WITHHELD, unicodedata.normalize("NFC", stretch.strip()).casefold()))

    def _add_part(self, label: str, piece: str) -> None:
        letters = [ch for ch in piece if ch.isalpha()]
        if len(letters) < MIN_LETTERS or fold(piece) in self._skip:
            return
        unspaced = piece if any(_is_spaced_script(ch) for ch in piece) else ""
        for latin in sorted(spellings(piece)):
            if len(latin) >= MIN_LETTERS and latin not in self._skip:
                self._parts.append(_Part(label, latin, _stem(latin), unicodedata.normalize("NFC", unspaced)))
        if unspaced:
            # written in Latin letters a syllable at a time: "李娜" as "Li Na" or "Li-Na"
            syllables = [fold(ch) for ch in unspaced if ch.isalpha()]
            if len(syllables) > 1 and all(syllables):
                pattern = r"(?<![^\W_])" + r"[\s\-‐]?".join(map(re.escape, syllables)) + r"(?![^\W_])"
                self._syllables.append((label, re.compile(pattern)))

    @property
    def is_empty(self) -> bool:
        return not (self._parts or self._phones or self._phrases or self._syllables)

    def find(self, text: str) -> list[Match]:
        """Every stretch of ``text`` that names or reaches a withheld person, in order, merged."""
        if not text or self.is_empty:
            return []
        found: list[Match] = []
        for word in WORD.finditer(text):
            label = self._label_of(word.group(0))
            if label is not None:
                found.append(Match(word.start(), word.end(), label))
                continue
            for piece in re.finditer(r"[^\W_]+", word.group(0)):  # "Ana's", "d'Ana": the name in it
                if piece.group(0) != word.group(0) and (label := self._label_of(piece.group(0))):
                    found.append(Match(word.start() + piece.start(), word.start() + piece.end(), label))
        folded = unicodedata.normalize("NFC", text).casefold()
        for part in self._parts:
            if part.unspaced:
                found += [
                    Match(m.start(), m.end(), part.label)
                    for m in re.finditer(re.escape(part.unspaced.casefold()), folded)
                ]
        for label, pattern in self._syllables:
            found += [Match(m.start(), m.end(), label) for m in pattern.finditer(folded)]
        for label, phrase in self._phrases:
            found += [Match(m.start(), m.end(), label) for m in re.finditer(re.escape(phrase), folded)]
        for number in DIGITS.finditer(text):
            digits = re.sub(r"\D", "", number.group(0))
            for label, phone in self._phones:
                if digits == phone or (len(phone) >= 8 and digits.endswith(phone[-8:])):
                    found.append(Match(number.start(), number.end(), label))
        return _merged(found, text)

    def _label_of(self, word: str) -> str | None:
        """The label of the person ``word`` names, if any: remembered, since a text saved at every
        keystroke is matched again and again."""
        if word not in self._seen:
            if len(self._seen) > 50_000:
                self._seen.clear()
            self._seen[word] = self._find_label(word)
        return self._seen[word]

    def _find_label(self, word: str) -> str | None:
        token = fold(word)
        if len(token) < MIN_LETTERS or token in self._skip:
            return None
        transliterated = not _is_latin(word)
        for part in self._parts:
            if token == part.latin:
                return part.label
            rest = token[len(part.stem) :]
            if (
                token.startswith(part.stem)
                and rest in ENDINGS
                and (transliterated or len(part.stem) >= INFLECTED_STEM)
                and len(part.stem) >= MIN_LETTERS
            ):
                return part.label
        return None

    def withhold(self, text: str) -> str:
        """``text`` with every match replaced by the person's role in the case."""
        matches = self.find(text)
        if not matches:
            return text
        out: list[str] = []
        at = 0
        for match in matches:
            out.append(text[at : match.start])
            out.append(match.label)
            at = match.end
        out.append(text[at:])
        return "".join(out)

    def mentions(self, text: str) -> bool:
        return bool(self.find(text))


WITHHELD = "[withheld]"


def _merged(found: list[Match], text: str) -> list[Match]:
    """Overlapping matches become one; so do matches of one person separated only by spaces or a
    hyphen ("Ana Núñez-Øby" is one "[reporter]", not three)."""
    merged: list[Match] = []
    for match in sorted(found, key=lambda m: (m.start, -m.end)):
        if merged:
            last = merged[-1]
            between = text[last.end : match.start]
            if match.start < last.end or (last.label == match.label and re.fullmatch(r"[\s\-‐]*", between)):
                merged[-1] = Match(last.start, max(last.end, match.end), last.label)
                continue
        merged.append(match)
    return merged
