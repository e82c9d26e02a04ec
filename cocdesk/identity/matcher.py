"""Finding the people a case must keep private in any text typed about it.

The reporter's and the witnesses' names (and any stretch a responder marked) are found in free text
however they were typed: in any case and with or without accents, in the script they were typed in or
in its Latin transliteration ("Зоя", "Zoya", "ZOYA", "Zoja"), a name recorded in Latin letters typed in
another script ("Παπαδοπούλου" for "Papadopoulou", "李娜" for "Li Na"), with the endings a name takes
in a sentence ("Зою", "Łukasza", "Орловой", "Kowalskiej"), and run together in a handle ("@zoyaorlova",
"anunez", "linali88"). Each part of a name of two or more letters counts on its own; a Chinese surname
of one character counts inside Chinese text ("李女士") and, in Latin letters, beside a title or as a
possessive ("Ms Li", "Li's"). Soft hyphens, zero-width characters and a hyphen at a line break inside a
word are looked through. Contacts count too: an e-mail address as typed or spelled out ("spark77 at
proton dot me"), a phone number by its digits (also at the end of a longer number).

Withheld, a match reads as the person's role in the case ("[reporter]", "[witness 2]") and the rest
of the sentence stays. The same matcher serves redaction, search, the announcement check and the
transparency report.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
DIGITS = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")
MIN_LETTERS = 2
MIN_PHONE_DIGITS = 6
LOCAL_NUMBER = 7  # a number of at least this many digits may be typed without its prefix
ENDINGS = frozenset(
    # the endings names take in Slavic, Baltic and Greek sentences, as anyascii writes them
    "a ya ia u yu iu e ye ie i y o oy ey oi ei oyu eyu om em am yam ami yami akh yakh ov ev ovi owi"  # noqa: SIM905
    " ie iem ego ogo emu omu oj ej s is os as ou iego iemu im ich ym ych iej ej owej ową"
    " owa ówna".split()
)
INFLECTED_STEM = 4  # a Latin-typed word shorter than this is matched only exactly: "Ana" never "any"
LOOSE_WORD = 5  # a Latin word is compared by its alternative spellings only from this length ("Owen", "oven")
CONCATENATED_PART = 4  # a handle of one whole part and initials needs a part this long ("anunez")
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0eff\u1780-\u17ff"
CJK_RUN = re.compile(f"[{CJK}]+")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LOOKED_THROUGH = re.compile(
    # soft hyphen, zero-width characters, a hyphen breaking a word at the end of a line, and spaces
    # between characters of scripts written without them ("李 娜")
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff]"
    r"|(?<=[^\W\d_])[\-‐][ \t]*\r?\n[ \t]*(?=[^\W\d_])"
    f"|(?<=[{CJK}])\\s+(?=[{CJK}])"
)
TITLES = r"(?:ms|mrs|mr|miss|mx|dr|prof|professor|madam|madame|mme|mlle|mister|sir|herr|frau|sr|sra|srta)"
GIVEN_NAME_HINTS = "小阿"  # "小娜", "阿娜": a one-character given name as it is called
SEPARATOR = r"[\s\-‐._]?"
AT = r"\s*(?:@|[(\[{<]\s*at\s*[)\]}>]|\s+at\s+)\s*"
DOT = r"\s*(?:\.|[(\[{<]\s*dot\s*[)\]}>]|\s+dot\s+)\s*"


@lru_cache(maxsize=1 << 16)
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
    # a Polish name in Russian letters, written back as Polish writes it: Лукаш is Łukasz, Чеслав Czesław
    ("ш", "sz"),
    ("ч", "cz"),
    # Chinese names in Russian letters (the Palladius system) as pinyin writes them: Синь is Xin,
    # Сюй is Xu, Цзин is Jing, Чжан is Zhang
    ("сюй", "xu"),
    ("си", "xi"),
    ("ся", "xia"),
    ("сю", "xiu"),
    ("цзи", "ji"),
    ("цзя", "jia"),
    ("цз", "z"),
    ("ци", "qi"),
    ("чж", "zh"),
    # a Latin name's letters as written without them (a passport, an e-mail address): Bjoern Aalstroem
    ("ö", "oe"),
    ("ø", "oe"),
    ("å", "aa"),
    ("ä", "ae"),
    ("ü", "ue"),
)
PALLADIUS_NG = re.compile(r"^[а-яё]{1,4}н$")
"""A Chinese syllable in Russian letters ending in "н" (not "нь"): pinyin writes it with "ng"."""
LOOSE = (
    # the usual alternative Latin spellings of one sound, each written one way for comparing:
    # Zoja/Zoya, Orlowa/Orlova, Mikhail/Michail/Mihail, Papadopoulou/Papadopulu, Maria/Marya,
    # Nuñez/Нуньес (nunes)
    ("w", "v"),
    ("j", "y"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("ou", "u"),
    ("ia", "ya"),
    ("iu", "yu"),
    ("ie", "ye"),
    ("io", "yo"),
)


@lru_cache(maxsize=1 << 16)
def loose(latin: str) -> str:
    """A folded spelling with the usual alternative spellings written one way."""
    for source, target in LOOSE:
        latin = latin.replace(source, target)
    return latin[:-1] + "s" if latin.endswith("z") else latin  # Núñez, Нуньес


LOOSE_ENDINGS = frozenset(loose(fold(ending)) for ending in ENDINGS)
FOLDED_ENDINGS = frozenset(fold(ending) for ending in ENDINGS)


def spellings(piece: str) -> set[str]:
    """Every folded Latin spelling of one name part: anyascii's, and the common alternatives
    ("Παπαδοπούλου" is "papadopoylou" to anyascii and "papadopoulou" to its owner's passport)."""
    text = unicodedata.normalize("NFC", piece).casefold()
    found = {fold(text)}
    for source, latin in SPELLINGS:
        found |= {fold(spelled.replace(source, latin)) for spelled in ({text} | found) if source in spelled}
    found |= {fold(_replace_all(text))}
    if PALLADIUS_NG.search(text):  # Чжан, Цзин: a final "н" is pinyin's "ng" (Zhang, Jing)
        found |= {spelling + "g" for spelling in found if spelling.endswith("n")}
    return {spelling for spelling in found if spelling}


def _replace_all(text: str) -> str:
    for source, latin in SPELLINGS:
        text = text.replace(source, latin)
    return text


@lru_cache(maxsize=1 << 12)
def _stem(latin: str, endings: frozenset[str] = FOLDED_ENDINGS) -> str:
    """The name without the ending it has in the nominative: "zoya" → "zo", "orlova" → "orlov"."""
    for ending in sorted((e for e in endings if latin.endswith(e)), key=len, reverse=True):
        if len(latin) - len(ending) >= MIN_LETTERS:
            return latin[: -len(ending)]
    return latin


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 for ch in text)


def _is_spaced_script(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, Thai...): a name is found inside a run."""
    name = unicodedata.name(ch, "")
    return any(word in name for word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER"))


def _looked_through(text: str) -> tuple[str, list[int] | None]:
    """``text`` without what hides a name from a reader's eye but not from the matcher (soft hyphens,
    zero-width characters, a hyphen at a line break, spaces between CJK characters); and where each
    character left was in ``text`` (None when nothing was taken out)."""
    cuts = [m.span() for m in LOOKED_THROUGH.finditer(text)]
    if not cuts:
        return text, None
    kept: list[str] = []
    index: list[int] = []
    at = 0
    for start, end in [*cuts, (len(text), len(text))]:
        kept.append(text[at:start])
        index.extend(range(at, start))
        at = end
    return "".join(kept), index


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
    native: bool  # typed in a script other than Latin: its Latin spellings are all guesses
    loose: str = ""
    loose_stem: str = ""


@dataclass
class _Handle:
    """The pieces a handle or a run-together name of one person is made of."""

    label: str
    whole: set[str] = field(default_factory=set)  # whole name parts, folded and loose
    initials: set[str] = field(default_factory=set)


@dataclass
class NameMatcher:
    """Matches the given people in text. ``unmarked``: words a responder said are not a name.
    ``spared``: whole names of others (team members who share a word of a name with someone withheld)
    that are never a match: "Зоя Иванова" stays whole when the reporter is Зоя Смирнова."""

    people: Sequence[Person]
    marked: Sequence[str] = ()
    unmarked: Iterable[str] = ()
    spared: Sequence[str] = ()
    _parts: list[_Part] = field(init=False, default_factory=list)
    _phones: list[tuple[str, str]] = field(init=False, default_factory=list)
    _phrases: list[tuple[str, re.Pattern[str]]] = field(init=False, default_factory=list)
    _skip: frozenset[str] = field(init=False, default=frozenset())
    _syllables: list[tuple[str, re.Pattern[str]]] = field(init=False, default_factory=list)
    _handles: list[_Handle] = field(init=False, default_factory=list)
    _in_runs: dict[str, str] = field(init=False, default_factory=dict)  # Latin name → label, in CJK
    _seen: dict[str, str | None] = field(init=False, default_factory=dict)  # word → label, as found
    _spared: re.Pattern[str] | None = field(init=False, default=None)
    _heads: set[str] = field(init=False, default_factory=set)  # how any name part begins: 2 letters

    def __post_init__(self) -> None:
        self._skip = frozenset(fold(word) for word in self.unmarked)
        whole = sorted(
            {" ".join(name.split()) for name in self.spared if name.strip()}, key=len, reverse=True
        )
        if whole:
            names = "|".join(r"\s+".join(map(re.escape, name.split())) for name in whole)
            self._spared = re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)
        for person in self.people:
            handle = _Handle(person.label)
            for name in person.names:
                name = re.sub(f"(?<=[{CJK}])\\s+(?=[{CJK}])", "", unicodedata.normalize("NFC", name))
                pieces = [p for p in re.split(r"[\s\-‐.,]+", name) if p]
                for piece in pieces:
                    self._add_part(person.label, piece, handle)
                self._add_latin_in_runs(person.label, pieces)
            if handle.whole:
                self._handles.append(handle)
            for contact in person.contacts:
                self._add_contact(person.label, contact)
        for stretch in self.marked:
            if stretch.strip():
                text = unicodedata.normalize("NFC", stretch.strip())
                self._phrases.append((WITHHELD, re.compile(re.escape(text), re.IGNORECASE)))

    def _add_part(self, label: str, piece: str, handle: _Handle) -> None:
        letters = [ch for ch in piece if ch.isalpha()]
        unspaced = piece if any(_is_spaced_script(ch) for ch in piece) else ""
        if len(letters) < MIN_LETTERS or fold(piece) in self._skip:
            return
        native = not _is_latin(piece)
        for latin in sorted(spellings(piece)):
            if len(latin) >= MIN_LETTERS and latin not in self._skip:
                self._parts.append(
                    _Part(
                        label,
                        latin,
                        _stem(latin),
                        unicodedata.normalize("NFC", unspaced),
                        native,
                        loose(latin),
                        _stem(loose(latin), LOOSE_ENDINGS),
                    )
                )
                handle.whole |= {latin, loose(latin)}
                handle.initials.add(latin[0])
                self._heads |= {latin[:MIN_LETTERS], loose(latin)[:MIN_LETTERS]}
        if unspaced:
            self._add_unspaced(label, unspaced, handle)

    def _add_unspaced(self, label: str, unspaced: str, handle: _Handle) -> None:
        """A name in a script without spaces: its syllables in Latin letters ("李娜" as "Li Na", "Na Li",
        "li.na"), and a Chinese surname of one character on its own ("李女士", "Ms Li", "Li's")."""
        syllables = [fold(ch) for ch in unspaced if ch.isalpha()]
        if len(syllables) > 1 and all(syllables):
            handle.whole |= set(syllables)
            orders = [syllables] + ([syllables[::-1]] if len(syllables) == 2 else [])
            for order in orders:
                pattern = r"(?<![^\W_])" + SEPARATOR.join(map(re.escape, order)) + r"(?![^\W_])"
                self._syllables.append((label, re.compile(pattern, re.IGNORECASE)))
        han = [ch for ch in unspaced if HAN.match(ch)]
        if len(han) not in (2, 3) or len(han) != len(unspaced):
            return
        surname, given = han[0], "".join(han[1:])
        self._phrases.append((label, re.compile(re.escape(surname))))
        if len(given) == 1:
            hinted = f"[{GIVEN_NAME_HINTS}]{re.escape(given)}|{re.escape(given) * 2}"
            self._phrases.append((label, re.compile(hinted)))
        else:
            self._phrases.append((label, re.compile(re.escape(given))))
        said = re.escape(fold(surname))
        if said:
            titled = rf"(?<![^\W_]){TITLES}\.?\s+(?P<name>{said})(?![^\W_])"
            possessive = rf"(?<![^\W_])(?P<name>{said})['’]s(?![^\W_])"
            self._syllables += [(label, re.compile(p, re.IGNORECASE)) for p in (titled, possessive)]

    def _add_latin_in_runs(self, label: str, pieces: list[str]) -> None:
        """A name recorded in Latin letters, found written in Chinese or Japanese characters: "Li Na"
        as "李娜", "Ana" as "アナ" (two characters at least: one syllable sounds like many words)."""
        latin = [fold(p) for p in pieces if _is_latin(p) and len(fold(p)) >= MIN_LETTERS]
        forms = {p for p in latin if len(p) > MIN_LETTERS}
        forms |= {a + b for a, b in itertools.pairwise(latin)}
        forms |= {b + a for a, b in itertools.pairwise(latin)}
        for form in forms:
            if form not in self._skip:
                self._in_runs.setdefault(form, label)

    def _add_contact(self, label: str, contact: str) -> None:
        digits = re.sub(r"\D", "", contact)
        contact = unicodedata.normalize("NFC", contact.strip())
        if len(digits) >= MIN_PHONE_DIGITS and "@" not in contact:
            self._phones.append((label, digits))
            return
        if len(contact) < MIN_LETTERS:
            return
        self._phrases.append((label, re.compile(re.escape(contact), re.IGNORECASE)))
        local, at, domain = contact.partition("@")
        if at and local and "." in domain and " " not in contact:
            # spelled out so a machine would not read it: "spark77 at proton dot me"
            spelled = (
                DOT.join(map(re.escape, local.split("."))) + AT + DOT.join(map(re.escape, domain.split(".")))
            )
            self._phrases.append((label, re.compile(spelled, re.IGNORECASE)))
            if any(ch.isdigit() for ch in local) and len(local) >= MIN_PHONE_DIGITS - 2:
                # the address's own name used as a handle elsewhere ("spark77")
                self._phrases.append(
                    (label, re.compile(rf"(?<![^\W_]){re.escape(local)}(?![^\W_])", re.IGNORECASE))
                )

    @property
    def is_empty(self) -> bool:
        return not (self._parts or self._phones or self._phrases or self._syllables or self._in_runs)

    def find(self, text: str) -> list[Match]:
        """Every stretch of ``text`` that names or reaches a withheld person, in order, merged."""
        if not text or self.is_empty:
            return []
        clean, index = _looked_through(text)
        found = _merged(self._unspared(self._find(clean), clean), clean)
        if index is None:
            return found
        return [Match(index[m.start], index[m.end - 1] + 1, m.label) for m in found]

    def _find(self, text: str) -> list[Match]:
        found: list[Match] = []
        for word in WORD.finditer(text):
            label = self._label_of(word.group(0))
            if label is not None:
                found.append(Match(word.start(), word.end(), label))
                continue
            for piece in re.finditer(r"[^\W_]+", word.group(0)):  # "Ana's", "d'Ana": the name in it
                if piece.group(0) != word.group(0) and (label := self._label_of(piece.group(0))):
                    found.append(Match(word.start() + piece.start(), word.start() + piece.end(), label))
        runs = list(CJK_RUN.finditer(text))
        if runs:
            for part in self._parts:
                if part.unspaced:
                    found += [
                        Match(m.start(), m.end(), part.label)
                        for m in re.finditer(re.escape(part.unspaced), text, re.IGNORECASE)
                    ]
            if self._in_runs:
                found += self._latin_in_runs(runs)
        for label, pattern in self._syllables:
            found += [Match(*_span(m), label) for m in pattern.finditer(text)]
        for label, pattern in self._phrases:
            found += [Match(m.start(), m.end(), label) for m in pattern.finditer(text)]
        if self._phones:
            found += self._numbers(text)
        return found

    def _unspared(self, found: list[Match], text: str) -> list[Match]:
        """``found`` without the matches inside a spared name."""
        if self._spared is None or not found:
            return found
        spans = [m.span() for m in self._spared.finditer(text)]
        return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]

    def _latin_in_runs(self, runs: list[re.Match[str]]) -> list[Match]:
        found: list[Match] = []
        for run in runs:
            said = [fold(ch) for ch in run.group(0)]
            for start in range(len(said)):
                for end in range(start + 2, min(len(said), start + 4) + 1):
                    label = self._in_runs.get("".join(said[start:end]))
                    if label is not None:
                        found.append(Match(run.start() + start, run.start() + end, label))
        return found

    def _numbers(self, text: str) -> list[Match]:
        found: list[Match] = []
        for number in DIGITS.finditer(text):
            digits = re.sub(r"\D", "", number.group(0))
            for label, phone in self._phones:
                if (
                    digits == phone
                    or (len(phone) >= 8 and digits.endswith(phone[-8:]))
                    or digits.endswith(phone)  # "555 1234" written "+1 212 555 1234"
                    or (
                        len(digits) >= LOCAL_NUMBER and phone.endswith(digits)
                    )  # "+1 212 555 1234" as "555 1234"
                ):
                    found.append(Match(number.start(), number.end(), label))
        return found

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
        variants = spellings(word) | {token} if transliterated else {token}
        loosened = {loose(v) for v in variants}
        if not any(v[:MIN_LETTERS] in self._heads for v in variants | loosened):
            # most words: no name part begins as they do (a part's stem keeps its first two letters)
            return None if "'" in word or "’" in word else self._handle_of(token)
        for part in self._parts:
            for variant in variants:
                if _names(variant, part.latin, part.stem, FOLDED_ENDINGS, transliterated):
                    return part.label
            if transliterated or part.native or len(token) >= LOOSE_WORD:
                for variant in loosened:
                    if _names(variant, part.loose, part.loose_stem, LOOSE_ENDINGS, transliterated):
                        return part.label
        return None if "'" in word or "’" in word else self._handle_of(token)

    def _handle_of(self, token: str) -> str | None:
        """The person a run-together name is made of: "zoyaorlova", "ANúñez", "linali88"."""
        for run in re.findall(r"[a-z]+", token):
            if len(run) <= MIN_LETTERS or len(run) > 40:
                continue
            for handle in self._handles:
                if _segments(run, handle) or _segments(loose(run), handle):
                    return handle.label
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


def _span(match: re.Match[str]) -> tuple[int, int]:
    """Where the name is in a match: its ``name`` group if it has one ("Ms Li": only "Li")."""
    return match.span("name") if "name" in match.re.groupindex else match.span()


def _names(token: str, latin: str, stem: str, endings: frozenset[str], transliterated: bool) -> bool:
    """Whether ``token`` is the name part ``latin`` or the part with an ending it takes in a sentence."""
    if token == latin:
        return True
    if len(latin) >= LOOSE_WORD and token == latin + "s":  # a genitive after a name that ends like one
        return True  # of its endings: "Ålstrøms" (stemmed "alstr"), "Marias"
    rest = token[len(stem) :]
    return (
        token.startswith(stem)
        and rest in endings
        and (transliterated or len(stem) >= INFLECTED_STEM)
        and len(stem) >= MIN_LETTERS
    )


def _segments(run: str, handle: _Handle) -> bool:
    """Whether ``run`` is made only of the person's name parts and initials, with two whole parts or
    one long one: "zoyaorlova", "anunez" (a + nunez), "linali" (lina + li); never "an" or "carolina"."""
    if not any(piece in run for piece in handle.whole):  # most words: no part of the name at all
        return False
    memo: dict[int, list[tuple[int, int]]] = {}
    return any(
        wholes >= 2 or (wholes == 1 and longest >= CONCATENATED_PART and run not in handle.whole)
        for wholes, longest in _cuts(run, handle, 0, memo)
    )


def _cuts(
    run: str, handle: _Handle, at: int, memo: dict[int, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """(whole parts, longest whole part) of the best ways to cut ``run[at:]`` into pieces. Plain
    functions, not closures calling each other: those would be reference cycles that only the cycle
    collector frees, by the hundred thousand over a large report."""
    if at in memo:
        return memo[at]
    if at == len(run):
        memo[at] = [(0, 0)]
        return memo[at]
    out: list[tuple[int, int]] = []
    for piece in handle.whole:
        if run.startswith(piece, at):
            out += [
                (n + 1, max(longest, len(piece))) for n, longest in _cuts(run, handle, at + len(piece), memo)
            ]
    if run[at] in handle.initials:
        out += _cuts(run, handle, at + 1, memo)
    memo[at] = sorted(set(out))[-4:]
    return memo[at]


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
