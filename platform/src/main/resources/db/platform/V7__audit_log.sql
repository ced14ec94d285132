-- The audit log of this service (docs/decisions/0035-a-tamper-evident-log.md): an append-only Merkle tree over every
-- stored event in the order the tree took them (global index order), and its signed tree heads.

-- One leaf per stored event. leaf_hash = SHA-256(0x00 || leaf data), the leaf data covering every column of
-- the event's row, the global index among them. The row's own identity is repeated here so that a removed,
-- moved or renumbered row can be named.
create table audit_tree_leaf (
    leaf_index           bigint       not null primary key,
    global_index         bigint       not null unique,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    leaf_hash            bytea        not null,
    added_at             timestamp with time zone not null
);
create index audit_tree_leaf_stream on audit_tree_leaf (aggregate_identifier, sequence_number);

-- A signed tree head: the root of the first tree_size leaves, signed (Ed25519) with this service's key.
create table audit_tree_head (
    tree_size  bigint       not null primary key,
    root_hash  bytea        not null,
    signed_at  timestamp with time zone not null,
    key_id     varchar(64)  not null,
    public_key text         not null,
    signature  bytea        not null
);
create index audit_tree_head_signed_at on audit_tree_head (signed_at);

-- Which streams belong to which proposal (any event of the stream names the proposal as its proposalId).
-- Kept when the stream's rows are removed, so that a verify can say a whole stream is gone.
create table audit_stream_proposal (
    proposal_id          uuid         not null,
    aggregate_identifier varchar(255) not null,
    primary key (proposal_id, aggregate_identifier)
);

-- How far the tree heads have been published on the witness topic (Kafka).
create table audit_witness_position (
    topic     varchar(255) not null primary key,
    tree_size bigint       not null
);

-- Append-only: the database refuses to change or remove a leaf or a tree head. Someone who owns the database
-- can drop this; the signed heads on Kafka (and those auditors keep) are what still shows it then.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger audit_tree_leaf_append_only before update or delete on audit_tree_leaf
    for each row execute function audit_refuse_change();
create trigger audit_tree_head_append_only before update or delete on audit_tree_head
    for each row execute function audit_refuse_change();
create trigger audit_tree_leaf_no_truncate before truncate on audit_tree_leaf
    for each statement execute function audit_refuse_change();
create trigger audit_tree_head_no_truncate before truncate on audit_tree_head
    for each statement execute function audit_refuse_change();

-- Global indexes the tree passed over while their transaction had not committed yet (the sequence is drawn
-- before the commit; a rolled-back transaction leaves its index unused for good). A row that later appears at
-- such an index within hamerslag.audit.late-commit-timeout is taken; one at any other index below the highest
-- taken is not: it shows as inserted.
create table audit_tree_gap (
    global_index bigint not null primary key,
    seen_at      timestamp with time zone not null
);
