"""The append-only audit log: who did what and when, each entry chained to the one before by a hash.

The head (last sequence number and hash) is kept in ``meta`` too, so that cutting entries off the end
shows as surely as editing, removing or reordering one in the middle.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(
    seq: int, at: str, member: str, action: str, case_id: str | None, detail: str, prev: str
) -> str:
    body = canonical([seq, at, member, action, case_id, detail, prev])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def read_head(connection: Any) -> Head:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if row is None:
        return Head(0, GENESIS)
    data = json.loads(row[0])
    return Head(int(data["seq"]), str(data["hash"]))


def append(
    connection: Any, head: Head, at: datetime, member: str, action: str, case_id: str | None, detail: object
) -> Head:
    """Write one entry after ``head`` inside the caller's transaction; return the new head."""
    seq, stamp, text = head.seq + 1, at.isoformat(), canonical(detail)
    digest = entry_hash(seq, stamp, member, action, case_id, text, head.hash)
    connection.execute(
        "INSERT INTO audit (seq, at, member, action, case_id, detail, prev, hash) VALUES (?,?,?,?,?,?,?,?)",
        (seq, stamp, member, action, case_id, text, head.hash, digest),
    )
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (HEAD_KEY, canonical({"seq": seq, "hash": digest})),
    )
    return Head(seq, digest)


def verify(connection: Any) -> list[str]:
    """Every break in the chain, as sentences; an empty list means the log is whole."""
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS
    rows = connection.execute(
        "SELECT seq, at, member, action, case_id, detail, prev, hash FROM audit ORDER BY seq"
    )
    for seq, at, member, action, case_id, detail, stored_prev, stored_hash in rows:
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (the next one is {seq})")
        if stored_prev != prev:
            problems.append(f"entry {seq} does not follow the entry before it (removed or reordered)")
        if entry_hash(seq, at, member, action, case_id, detail, stored_prev) != stored_hash:
            problems.append(f"entry {seq} was changed after it was written")
        expected_seq, prev = seq + 1, stored_hash
    head = read_head(connection)
    if head.seq != expected_seq - 1 or head.hash != prev:
        problems.append(f"the log ends at entry {expected_seq - 1}, but it had reached entry {head.seq}")
    return problems
