"""The outbox's SQLite tables. Created on open; the file belongs to the client alone."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS interview (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id TEXT NOT NULL UNIQUE,
    form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    base_rev TEXT, rev TEXT,
    started_at TEXT, ended_at TEXT,
    data TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'acked', 'blocked')),
    batch_id TEXT,
    recorded_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS interview_state ON interview (state, seq);
CREATE TABLE IF NOT EXISTS interview_file (
    instance_id TEXT NOT NULL REFERENCES interview (instance_id) ON DELETE CASCADE,
    name TEXT NOT NULL, sha256 TEXT NOT NULL,
    PRIMARY KEY (instance_id, name)
);
CREATE TABLE IF NOT EXISTS file (
    sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    is_needed INTEGER NOT NULL DEFAULT 0, upload_url TEXT, uploaded_at TEXT
);
CREATE TABLE IF NOT EXISTS batch (
    batch_id TEXT PRIMARY KEY, body BLOB NOT NULL, created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS batch_member (
    batch_id TEXT NOT NULL REFERENCES batch (batch_id) ON DELETE CASCADE,
    instance_id TEXT NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (batch_id, instance_id)
);
CREATE TABLE IF NOT EXISTS receipt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id TEXT NOT NULL, batch_id TEXT, outcome TEXT NOT NULL, code TEXT NOT NULL,
    rev TEXT, conflict_id TEXT, quarantine_id TEXT, received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS receipt_instance ON receipt (instance_id, id);
CREATE TABLE IF NOT EXISTS forgotten (
    instance_id TEXT PRIMARY KEY, forgotten_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS form (
    form_id TEXT NOT NULL, version INTEGER NOT NULL, etag TEXT NOT NULL,
    title TEXT NOT NULL, document TEXT,
    PRIMARY KEY (form_id, version)
);
"""
