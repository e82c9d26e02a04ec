"""The database schema, as a list of migrations. ``PRAGMA user_version`` says how many have run."""

from __future__ import annotations

from typing import Any

from cocdesk.vault.errors import NewerVault

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        received_at TEXT NOT NULL,
        risk TEXT,
        impact TEXT,
        next_due TEXT,
        handler TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        header TEXT NOT NULL
    );
    CREATE TABLE case_parts (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        part TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (case_id, part)
    ) WITHOUT ROWID;
    CREATE TABLE answers (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        field_id TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (case_id, step_id, field_id)
    ) WITHOUT ROWID;
    CREATE TABLE steps (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        checked TEXT NOT NULL DEFAULT '[]',
        done_at TEXT,
        done_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, step_id)
    ) WITHOUT ROWID;
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        member TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        detail TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    """,
    # 2: the timeline of one case is read by case
    """
    CREATE INDEX audit_by_case ON audit (case_id, seq) WHERE case_id IS NOT NULL;
    """,
    # 3: every decision has an id, so that editing one never touches another
    """
    UPDATE case_parts SET body = (
        SELECT json_group_array(json(
            CASE WHEN json_type(value, '$.id') IS NULL
            THEN json_set(value, '$.id', lower(hex(randomblob(16)))) ELSE value END
        )) FROM json_each(case_parts.body)
    ) WHERE part = 'decisions' AND json_array_length(body) > 0;
    """,
    # 4: what identifies a reporter, sealed under the identity key (see cocdesk.vault.sealed)
    """
    CREATE TABLE sealed (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        piece TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (case_id, piece)
    ) WITHOUT ROWID;
    """,
    # 5: the files attached to a case as evidence, sealed under the identity key (see
    # cocdesk.vault.evidence); a rowid table, as SQLite advises for rows of megabytes
    """
    CREATE TABLE evidence (
        id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        body BLOB NOT NULL
    );
    CREATE INDEX evidence_by_case ON evidence (case_id);
    """,
    # 6: the index of reported people, kept by every write of a case's people: which case names whom
    # by which code (with the name as the rendition keeps it), and the keys a person is found by; and
    # the cases held at the reporter's request, found without reading every case
    """
    CREATE TABLE person_codes (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL,
        person_code TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        not_same TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (case_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX person_codes_by_code ON person_codes (person_code);
    CREATE TABLE person_keys (
        key TEXT NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL,
        PRIMARY KEY (key, case_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX person_keys_by_case ON person_keys (case_id);
    CREATE TABLE held (case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE) WITHOUT ROWID;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: Any, path: str, upto: int = SCHEMA_VERSION) -> int:
    """Bring the database to version ``upto`` in one transaction; return the version it had before."""
    before = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if before > SCHEMA_VERSION:
        raise NewerVault(path, before, SCHEMA_VERSION)
    if before >= upto:
        return before
    connection.execute("BEGIN IMMEDIATE")
    try:
        for script in MIGRATIONS[before:upto]:
            for statement in script.split(";"):
                if statement.strip():
                    connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(upto)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return before
