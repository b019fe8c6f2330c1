-- Parley run store, schema 1 (SQLite). One row per scenario content (keyed by its SHA-256), one row per run.
CREATE TABLE scenarios (
    hash    TEXT PRIMARY KEY,
    name    TEXT,
    content TEXT NOT NULL
);

CREATE TABLE runs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    command        TEXT    NOT NULL,
    args           TEXT    NOT NULL,
    params         TEXT    NOT NULL,
    scenario_hash  TEXT    REFERENCES scenarios (hash),
    scenario_file  TEXT,
    seed           INTEGER,
    parley_version TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    ended_at       TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
    result         TEXT,
    message        TEXT
);
