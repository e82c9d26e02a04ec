"""Text that came from outside, made safe to echo: no terminal controls, no reordering, short enough.

A member name, a case code or a step id typed by anyone can reach an error message. Echoed raw, an
escape sequence clears or repaints the terminal and a bidi override makes a line read backwards; a
50 MB id makes a 50 MB line. Every echo goes through ``printable``; every one-line message through
``one_line``.
"""

from __future__ import annotations

MESSAGE_MAX = 300
"""The most characters an error message holds: enough for one sentence and what to do."""
QUOTE_MAX = 40
"""The most characters of an input quoted inside a message."""

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Marks that reorder the text around them (U+202E makes what follows read right to left)."""
LINE_BREAKS = frozenset("\u2028\u2029")


def _needs_escape(char: str) -> bool:
    code = ord(char)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F  # DEL and the C1 controls (U+009B is a one-character ESC [)
        or char in BIDI_CONTROLS
        or char in LINE_BREAKS
        or 0xD800 <= code <= 0xDFFF  # a lone surrogate cannot be written out as UTF-8
    )


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


ESCAPES = {
    code: _escape(chr(code))
    for code in (*range(0xA0), *map(ord, BIDI_CONTROLS | LINE_BREAKS), *range(0xD800, 0xE000))
    if _needs_escape(chr(code))
}


JSON_ESCAPES = {code: f"\\u{code:04x}" for code in ESCAPES if code >= 0x7F}


def json_printable(text: str) -> str:
    """JSON text with the characters a terminal would act on that JSON leaves raw (DEL, the C1
    controls, bidi controls, line separators) written as JSON's own \\u escapes: it reads the same."""
    return text.translate(JSON_ESCAPES)


def printable(text: str) -> str:
    """``text`` with every control character, bidi control and line separator written as its escape
    (ESC as ``\\x1b``, U+202E as ``\\u202e``); everything else, every script, as it is."""
    return text.translate(ESCAPES)


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut shown by "…"."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def quoted(text: object, limit: int = QUOTE_MAX) -> str:
    """An input as it may appear inside a message: escaped and cut short."""
    return clipped(printable(str(text)[: limit + 1]), limit)


def one_line(message: str, limit: int = MESSAGE_MAX) -> str:
    """``message`` as one line of at most ``limit`` characters: runs of white space (new lines too)
    become one space, controls are escaped, and a word of over twice ``QUOTE_MAX`` characters is cut
    first; a message still too long loses its middle, so that what happened (its beginning) and what
    to do (its end) both stay."""
    if len(message) > 16 * limit:  # a huge input: keep its ends, which hold what happened and what to do
        message = f"{message[: 8 * limit]} … {message[-8 * limit :]}"
    words = message.split()
    if sum(len(w) + 1 for w in words) > limit:
        words = [clipped(w, limit) for w in words]  # cheap before escaping a huge word
    text = printable(" ".join(words))
    if len(text) <= limit:
        return text
    words = [clipped(w, QUOTE_MAX) if len(w) > 2 * QUOTE_MAX else w for w in text.split(" ")]
    text = " ".join(words)
    if len(text) <= limit:
        return text
    half = (limit - 3) // 2
    return f"{text[:half]} … {text[len(text) - (limit - 3 - half) :]}"
