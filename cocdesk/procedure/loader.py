"""Read a procedure file, all or nothing: a malformed file is refused with its name, line and reason."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cocdesk.procedure.located import LocatedError
from cocdesk.procedure.model import Procedure
from cocdesk.small_files import PROCEDURE_FILE_MOST, TooLarge, read_at_most

DEFAULT_NAME = "default.toml"


def shown(text: str, limit: int) -> str:
    """Text from a file as a message may quote it: at most ``limit`` characters, and every character a
    terminal would act on (control, format, line separator, a lone surrogate) written as its escape."""
    escaped = "".join(c if c.isprintable() else _escape(c) for c in text[:limit])
    return escaped if len(escaped) <= limit and len(text) <= limit else escaped[: limit - 1] + "…"


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class ProcedureError(Exception):
    """A procedure file that cannot be used. ``str()`` is the one sentence to show."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = path, line, reason
        where = f"{shown(path, 120)}, line {line}" if line else shown(path, 120)
        super().__init__(f"The procedure file {where} cannot be used: {shown(reason, 220)}")


def default_procedure_text() -> str:
    return resources.files("cocdesk.procedure").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")


@cache
def default_procedure() -> Procedure:
    return parse_procedure(default_procedure_text(), DEFAULT_NAME)


def load_procedure(path: str | Path | None = None) -> Procedure:
    """The procedure in ``path``, or the one that ships with the app."""
    if path is None:
        return default_procedure()
    name = str(path)
    try:
        text = read_at_most(path, PROCEDURE_FILE_MOST).decode("utf-8")
    except TooLarge as refused:
        raise ProcedureError(name, None, str(refused)) from None
    except FileNotFoundError:
        raise ProcedureError(name, None, "there is no such file") from None
    except UnicodeDecodeError:
        raise ProcedureError(name, None, "it is not UTF-8 text") from None
    except OSError as error:
        raise ProcedureError(name, None, error.strerror or "it cannot be read") from None
    return parse_procedure(text, name)


def parse_procedure(text: str, name: str) -> Procedure:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(text, name, str(error)) from None
    except RecursionError:  # tomllib reads nested arrays and inline tables by recursion
        raise ProcedureError(name, None, "it nests arrays or tables too deeply to be read") from None
    try:
        return Procedure.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        cause = first.get("ctx", {}).get("error")
        if isinstance(cause, LocatedError):
            loc += cause.where
        raise ProcedureError(name, locate(text, loc), f"{dotted(loc)}: {_reason(first)}") from None


def _toml_error(text: str, name: str, message: str) -> ProcedureError:
    found = re.search(r"\(at line (\d+), column \d+\)$", message)
    if found:
        line: int | None = int(found.group(1))
    elif message.endswith("(at end of document)"):
        line = max(1, len(text.splitlines()))
    else:
        line = None
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", message)
    return ProcedureError(name, line, f"it is not valid TOML: {reason[:1].lower()}{reason[1:]}")


_PLAIN_REASONS = {
    "missing": "this is required and missing",
    "extra_forbidden": "this is not a key a procedure has (a misspelling?)",
}


def _reason(error: ErrorDetails) -> str:
    message = error["msg"].removeprefix("Value error, ").replace("Input should be", "it should be")
    return _PLAIN_REASONS.get(error["type"], message)


def dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")


def locate(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The line (1-based) in ``text`` that a validation error at ``loc`` points at, as near as we can tell."""
    lines = text.splitlines()
    headers = [(n, m.group(2).replace('"', "").replace(" ", "")) for n, m in _headers(lines)]
    start, end = 0, len(lines)
    table = ""
    line: int | None = None
    parts = list(loc)
    while parts:
        key = parts.pop(0)
        if isinstance(key, int):
            continue
        name = f"{table}.{key}" if table else key
        own = [n for n, h in headers if h == name and start <= n < end]
        if own:
            index = parts.pop(0) if parts and isinstance(parts[0], int) else 0
            if not isinstance(index, int) or index >= len(own):
                return own[0] + 1
            start = own[index]
            end = next((n for n, h in headers if n > start and not h.startswith(name + ".")), len(lines))
            table, line = name, start + 1
            continue
        assignment = re.compile(rf'^\s*"?{re.escape(key)}"?\s*[=.]')
        body_end = next((n for n, _ in headers if start < n < end), end)
        found = next((n for n in range(start, body_end) if assignment.match(lines[n])), None)
        return found + 1 if found is not None else line or (start + 1 if start else None)
    return line


def _headers(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    found = []
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match:
            found.append((number, match))
    return found
