"""The database schema as an ordered list of migrations. Version N is reached by applying 1..N in order.

Never edit a released migration: add a new one. ``PRAGMA user_version`` holds the version reached.
"""

from __future__ import annotations

#: ``PRAGMA application_id`` of our files ("MEC1"), so a foreign SQLite file is recognised as such.
APPLICATION_ID = 0x4D454331

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    usci TEXT,
    platforms TEXT NOT NULL DEFAULT '[]',
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX profiles_name ON profiles (name);
CREATE INDEX profiles_updated ON profiles (updated_at);
CREATE TABLE revisions (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL CHECK (json_valid(document)),
    PRIMARY KEY (profile_id, revision)
) WITHOUT ROWID;
CREATE TABLE checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    program TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    as_of TEXT NOT NULL,
    ran_at TEXT NOT NULL,
    status TEXT NOT NULL,
    result TEXT NOT NULL CHECK (json_valid(result)),
    FOREIGN KEY (profile_id, revision) REFERENCES revisions (profile_id, revision) ON DELETE CASCADE
);
CREATE INDEX checks_profile ON checks (profile_id, program);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

V2 = """
CREATE TABLE checklist_ticks (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    program TEXT NOT NULL,
    item_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('todo', 'in_progress', 'done', 'not_needed')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, program, item_id)
) WITHOUT ROWID;
CREATE INDEX profiles_usci ON profiles (usci) WHERE usci IS NOT NULL;
"""

#: v3: a SHA-256 of each revision's document, checked whenever the document is read and by ``verify``; the
#: migration computes it for the revisions already stored (engine/store/migrations.py).
V3 = """
ALTER TABLE revisions ADD COLUMN sha256 TEXT;
"""

#: version -> SQL that brings the database from version-1 to version.
MIGRATIONS: dict[int, str] = {1: V1, 2: V2, 3: V3}
LATEST = max(MIGRATIONS)
