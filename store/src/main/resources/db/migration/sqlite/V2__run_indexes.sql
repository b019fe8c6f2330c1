-- Schema 2: find runs by scenario and by time without scanning the table.
CREATE INDEX runs_scenario_hash ON runs (scenario_hash);
CREATE INDEX runs_started_at ON runs (started_at);
