"""Strategies that damage a valid document: its data (keys dropped, wrong types, huge and odd values)
and its bytes (flipped, cut, spliced). The case import and the procedure loader share them."""

from __future__ import annotations

import copy
import json
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from tests.fuzz.budget import LONG

Tree = Any
Path = tuple[str | int, ...]

BIG_TEXT = 200_000 if LONG else 30_000
"""The longest string a mutation writes; far beyond any text limit of the models."""
MANY = 3_000 if LONG else 300
"""The most copies a list is grown to."""

HUGE_NUMBERS = [2**31, 2**63, -(2**63) - 1, 2**64, 10**20, 10**400, -(10**400), -1, 0]
ODD_FLOATS = [math.inf, -math.inf, math.nan, 1e308, -0.0, 5e-324, 1.5]
ODD_CHARACTERS = (
    [chr(c) for c in range(0x20)]
    + ["\x7f", "\x85", "\x9b", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u0301", "\u2028"]
    + ["\ud800", "\udfff", "\U0001f9d1", "\U0001f3f3\ufe0f\u200d\U0001f308", "\uffff", "\U0010ffff"]
    + ["\x1b[2J", "\x1b]0;title\x07", "Łukasz", "Зоя", "李娜", "e\u0301", "'", '"', "\\", "{", "["]
)
ODD_TIMES = [
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59Z",
    "2026-02-30T10:00:00Z",
    "2026-06-01T12:00:00",
    "2026-06-01T12:00:00+24:00",
    "2026-06-01",
    "2026-06-01T25:61:61Z",
    "+275760-09-13T00:00:00Z",
    "2026-06-01T12:00:00.123456789Z",
    "2100-01-01T00:00:00+01:00",
    -62135596800,
    253402300800,
    10**18,
    1e300,
]
ODD_WORDS = ["", " ", "LOW", "unknown", "received ", "filed\x00", "null", "true", "0", "__proto__"]


class Deep:
    """A value nested ``depth`` levels, written into the serialized text (too deep for ``json.dumps``)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth

    @property
    def marker(self) -> str:
        return f"\x00deep{self.depth}\x00"


def odd_text(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(ODD_CHARACTERS) | st.characters(), max_size=max_size).map("".join)


def huge_text() -> st.SearchStrategy[str]:
    return st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(["x", "é", "李", "\U0001f9d1", "a\x00", "\x1b[2J"]),
        st.integers(250, BIG_TEXT),
    )


def weird_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from(HUGE_NUMBERS),
        st.sampled_from(ODD_FLOATS),
        st.floats(),
        st.text(max_size=30),
        odd_text(),
        st.sampled_from(ODD_WORDS),
        st.text("abcdefghijklmnopqrstuvwxyz_", max_size=12),
        st.sampled_from(ODD_TIMES),
    )
    return st.one_of(
        scalars,
        huge_text(),
        st.lists(scalars, max_size=5),
        st.dictionaries(st.text(max_size=8), scalars, max_size=4),
        st.integers(30, 100_000 if LONG else 20_000).map(Deep),
    )


TIME_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def odd_times() -> st.SearchStrategy[str]:
    """Any aware time in the calendar's range, at any offset a time zone can have (±23:59)."""
    offsets = st.integers(-1439, 1439).map(lambda minutes: timezone(timedelta(minutes=minutes)))
    anywhere = st.builds(
        lambda moment, zone: moment.replace(tzinfo=zone).isoformat(),
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
        offsets,
    )
    near_the_ends = st.builds(
        lambda hours, early: (
            f"0001-01-01T{hours:02d}:00:00+14:00" if early else f"9999-12-31T{hours:02d}:00:00-14:00"
        ),
        st.integers(0, 23),
        st.booleans(),
    )
    return anywhere | near_the_ends


def like(value: Tree) -> st.SearchStrategy[Any]:
    """A value of the same kind as ``value`` that a model may well accept: the import then goes on to
    store, export and print it."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int | float):
        return st.integers() | st.floats() | st.sampled_from(HUGE_NUMBERS)
    if isinstance(value, str) and TIME_TEXT.match(value):
        return odd_times()
    if isinstance(value, str):
        return odd_text(60) | st.text(max_size=300) | huge_text()
    if isinstance(value, list):
        return st.just(value * 2) | st.just(value[::-1]) | st.just([])
    return st.just(value)


def paths(tree: Tree, at: Path = ()) -> list[Path]:
    """Every node of the tree, the root included."""
    found = [at]
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += paths(value, (*at, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += paths(value, (*at, index))
    return found


def node(tree: Tree, path: Path) -> Tree:
    for part in path:
        tree = tree[part]
    return tree


@st.composite
def mutated(draw: st.DrawFn, base: Tree) -> Tree:
    """``base`` with one to three structural mutations."""
    tree = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        tree = _mutate_once(draw, tree)
    return tree


def _mutate_once(draw: st.DrawFn, tree: Tree) -> Tree:
    path = draw(st.sampled_from(paths(tree)))
    here = node(tree, path)
    parent: Any = node(tree, path[:-1]) if path else None
    operations = ["replace", "vary", "vary"]
    if path:
        operations += ["drop", "rename"]
    if isinstance(parent, list):
        operations.append("duplicate")
    if isinstance(here, list) and here:
        operations.append("grow")
    if isinstance(here, dict):
        operations.append("add")
    operation = draw(st.sampled_from(operations))
    if operation == "replace":
        value = draw(weird_values())
        if not path:
            return value
        parent[path[-1]] = value
    elif operation == "vary":
        value = draw(like(here))
        if not path:
            return value
        parent[path[-1]] = value
    elif operation == "drop":
        del parent[path[-1]]
    elif operation == "rename" and isinstance(parent, dict):
        parent[draw(st.sampled_from(ODD_WORDS) | odd_text(12))] = parent.pop(path[-1])
    elif operation == "rename":
        parent[path[-1]] = {draw(odd_text(8)): here}
    elif operation == "duplicate":
        parent.insert(path[-1], copy.deepcopy(here))
    elif operation == "grow":
        count = draw(st.integers(2, MANY))
        here.extend(copy.deepcopy(here[0]) for _ in range(count - len(here)))
    else:
        here[draw(st.sampled_from(ODD_WORDS) | odd_text(12))] = draw(weird_values())
    return tree


def _deep_text(depth: int, toml: bool) -> str:
    if depth % 2 == 0:
        return "[" * depth + "]" * depth
    return ("{a = " if toml else '{"a": ') * depth + "1" + "}" * depth


def _with_deep(text: str, tree: Tree, toml: bool) -> str:
    for deep in {d.depth: d for d in _deeps(tree)}.values():
        text = text.replace(json.dumps(deep.marker), _deep_text(deep.depth, toml))
    return text


def _deeps(tree: Tree) -> list[Deep]:
    if isinstance(tree, Deep):
        return [tree]
    if isinstance(tree, dict):
        return [d for key, value in tree.items() for d in _deeps(value)]
    if isinstance(tree, list):
        return [d for value in tree for d in _deeps(value)]
    return []


def json_bytes(tree: Tree, ascii_only: bool) -> bytes:
    """The tree as JSON, in UTF-8; lone surrogates are written as they are (invalid UTF-8) unless escaped."""
    text = json.dumps(tree, ensure_ascii=ascii_only, default=lambda deep: deep.marker)
    return _with_deep(text, tree, toml=False).encode("utf-8", "surrogatepass")


def toml_text(tree: Tree) -> str:
    """The tree as TOML, in the shape a person writes a procedure: tables and arrays of tables."""
    lines: list[str] = []
    _table(tree if isinstance(tree, dict) else {"value": tree}, (), lines)
    return _with_deep("\n".join(lines) + "\n", tree, toml=True)


def _is_table_array(value: Tree) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _table(table: dict[str, Tree], prefix: tuple[str, ...], lines: list[str]) -> None:
    for key, value in table.items():
        if not (isinstance(value, dict) or _is_table_array(value)):
            lines.append(f"{_key(key)} = {_inline(value)}")
    for key, value in table.items():
        name = ".".join(_key(part) for part in (*prefix, key))
        if isinstance(value, dict):
            lines += ["", f"[{name}]"]
            _table(value, (*prefix, key), lines)
        elif _is_table_array(value):
            for item in value:
                lines += ["", f"[[{name}]]"]
                _table(item, (*prefix, key), lines)


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _inline(value: Tree) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, Deep):
        return json.dumps(value.marker)
    if isinstance(value, list):
        return "[" + ", ".join(_inline(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_inline(v)}" for k, v in value.items()) + "}"
    return "{}"  # TOML has no null


@st.composite
def damaged_bytes(draw: st.DrawFn, valid: bytes) -> bytes:
    """``valid`` with one to four byte-level changes: cut, spliced, flipped, truncated, repeated."""
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 64)))
        operation = draw(st.sampled_from(["delete", "insert", "flip", "truncate", "repeat"]))
        if operation == "delete":
            del data[start:end]
        elif operation == "insert":
            data[start:start] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "flip" and start < len(data):
            data[start] ^= 1 << draw(st.integers(0, 7))
        elif operation == "truncate":
            del data[start:]
        else:
            data[start:start] = data[start:end] * draw(st.integers(1, 50))
    return bytes(data)


@st.composite
def damaged_lines(draw: st.DrawFn, valid: str) -> str:
    """``valid`` with whole lines dropped, repeated or swapped, or a value given another one."""
    lines = valid.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1)) if lines else 0
        operation = draw(st.sampled_from(["drop", "repeat", "swap", "value"]))
        if not lines:
            lines.append(draw(odd_text()))
        elif operation == "drop":
            del lines[index]
        elif operation == "repeat":
            lines.insert(index, lines[index])
        elif operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif "=" in lines[index]:
            key, value = lines[index].split("=", 1)[0], draw(weird_values())
            text = _deep_text(value.depth, toml=True) if isinstance(value, Deep) else _inline(value)
            lines[index] = f"{key}= {text}"
    return "\n".join(lines) + "\n"
