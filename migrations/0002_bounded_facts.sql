-- Bounded thread memory (issue 13): one row per distinct fact instead of one JSON array per
-- append, so a repeated fact is stored once (the newest occurrence wins), the oldest facts of a
-- thread are dropped past a cap, and an append never reads the thread back. Same file for
-- SQLite and PostgreSQL (ALTER TABLE … ADD COLUMN with a constant default works in both).

-- Absolute expiry besides the sliding one: a thread is forgotten `THREAD_MAX_AGE_HOURS` after
-- its first message however busy it is. Existing threads count from their last update.
ALTER TABLE threads ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;
UPDATE threads SET created_at = updated_at;

-- `fact_key` is a digest of the fact and its quoted line (not its location): the same line
-- pasted twice is one row. `pos` orders facts (message number in the high 32 bits, the fact's
-- index within its append in the low ones); the cap removes the lowest `pos` first. `size` is
-- the byte length of `fact` (the JSON of one `Located`), summed for the byte cap.
CREATE TABLE IF NOT EXISTS thread_facts (
    scope    TEXT   NOT NULL,
    id       TEXT   NOT NULL,
    fact_key TEXT   NOT NULL,
    pos      BIGINT NOT NULL,
    size     BIGINT NOT NULL,
    fact     TEXT   NOT NULL,
    PRIMARY KEY (scope, id, fact_key),
    FOREIGN KEY (scope, id) REFERENCES threads (scope, id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS thread_facts_pos ON thread_facts (scope, id, pos);

CREATE INDEX IF NOT EXISTS threads_created_at ON threads (created_at);

-- The unbounded per-append arrays go: thread memory is short-lived (hours), and converting
-- JSON arrays needs SQL that differs between the two databases. Threads keep their message
-- count, version and locale; their next paste starts the bounded evidence.
DROP TABLE IF EXISTS thread_evidence;
