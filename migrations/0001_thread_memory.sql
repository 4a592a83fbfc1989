-- Thread memory: one row per thread, the redacted evidence of each append, and watch mode.
-- The same file serves SQLite and PostgreSQL, so it only uses types and syntax both accept
-- (TEXT, BIGINT, composite keys, IF NOT EXISTS). Never add raw pastes here: facts only.

-- One row per thread. `messages` is the count of messages read so far; appends reserve the next
-- range by incrementing it under the row lock. `updated_at` is unix seconds (for expiry).
CREATE TABLE IF NOT EXISTS threads (
    scope      TEXT   NOT NULL,
    id         TEXT   NOT NULL,
    version    TEXT,
    locale     TEXT,
    messages   BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (scope, id)
);

CREATE INDEX IF NOT EXISTS threads_updated_at ON threads (updated_at);

-- The facts of one append (JSON of `Vec<Located>`, already renumbered), in append order `seq`.
CREATE TABLE IF NOT EXISTS thread_evidence (
    scope         TEXT   NOT NULL,
    id            TEXT   NOT NULL,
    seq           BIGINT NOT NULL,
    first_message BIGINT NOT NULL,
    facts         TEXT   NOT NULL,
    PRIMARY KEY (scope, id, seq),
    FOREIGN KEY (scope, id) REFERENCES threads (scope, id) ON DELETE CASCADE
);

-- Channels where the bot reads every message (watch mode); absent means off.
-- Discord snowflakes are u64 and stored bit-for-bit as BIGINT.
CREATE TABLE IF NOT EXISTS watched_channels (
    channel_id BIGINT NOT NULL PRIMARY KEY,
    guild_id   BIGINT NOT NULL
);
