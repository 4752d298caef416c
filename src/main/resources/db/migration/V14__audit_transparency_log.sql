-- The audit log becomes a transparency log (ADR 0010, superseding ADR 0002's hash chain).
-- Entries are numbered from a database sequence when written, with no lock shared between
-- transactions; a single sequencer later gives each committed entry its place in an RFC 9162
-- Merkle tree (its leaf), stores the tree's perfect subtrees and signs checkpoints.

CREATE SEQUENCE audit_entry_seq START WITH 1;
-- Move the sequence past the entries written under the chain (numbered 1..n): H2 has no setval,
-- so take the numbers already used, one by one.
SELECT COUNT(nextval('audit_entry_seq')) FROM generate_series(1, (SELECT COALESCE(MAX(seq), 0) FROM audit_entry));

-- Entries waiting to be integrated: written with the entry, in its transaction; removed by the
-- sequencer in the batch that integrates it. audit_entry itself is never updated.
CREATE TABLE audit_entry_queue (
    seq BIGINT PRIMARY KEY
);
INSERT INTO audit_entry_queue (seq) SELECT seq FROM audit_entry;

-- The chain's links are replaced by the tree; entries written under it are integrated, in their
-- order, by the sequencer's first run.
ALTER TABLE audit_entry DROP COLUMN prev_hash;
ALTER TABLE audit_entry DROP COLUMN entry_hash;
DROP TABLE audit_head;

-- The leaves (level 0, with the entry each is for) and the perfect subtrees of every fourth level:
-- 2^level leaves starting at leaf idx * 2^level. An entry has at most one leaf (unique seq).
CREATE TABLE audit_tree_node (
    level INTEGER NOT NULL,
    idx   BIGINT NOT NULL,
    hash  BYTEA NOT NULL,
    seq   BIGINT,
    PRIMARY KEY (level, idx)
);
CREATE UNIQUE INDEX audit_tree_node_entry ON audit_tree_node (seq);

-- The integrated tree: one row, locked by the sequencer's batch, which checks the size it expects
-- (so even two sequencers at once cannot both extend it). checkpoint is the latest signed note.
CREATE TABLE audit_tree_head (
    id         INTEGER PRIMARY KEY,
    tree_size  BIGINT NOT NULL,
    root_hash  BYTEA,
    checkpoint TEXT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO audit_tree_head (id, tree_size, root_hash, checkpoint, updated_at) VALUES (1, 0, NULL, NULL, CURRENT_TIMESTAMP);

-- One signed checkpoint kept for each period (an hour by default), for auditors and witnesses.
CREATE TABLE audit_checkpoint (
    period_start TIMESTAMP WITH TIME ZONE PRIMARY KEY,
    tree_size    BIGINT NOT NULL,
    root_hash    BYTEA NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note         TEXT NOT NULL
);

-- Which instance runs the sequencer: a lease renewed while it runs, taken over when it lapses.
CREATE TABLE audit_sequencer_lease (
    id         INTEGER PRIMARY KEY,
    holder     VARCHAR(100),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO audit_sequencer_lease (id, holder, expires_at) VALUES (1, NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
