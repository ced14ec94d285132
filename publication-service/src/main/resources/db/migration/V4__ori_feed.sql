-- The ORI publication feed (Open Raadsinformatie, feed concept 0.0.2) and the ORI resources: a projection of
-- publication's own events (PublicationPublished, PublicationCorrected, PublicationWithdrawn, CandidateRevised),
-- kept by OriFeedProjection in the transaction of the command, like the public catalogue (V1). Only what is
-- public is ever written here; a rebuild (OriFeedRebuild) empties these tables and replays the event store.
-- docs/decisions/0039-ori-feed-sequence-numbers-and-epoch.md explains the sequence numbers and the epoch.

-- What ORI knows of each publication that went public: a copy of what its last PublicationPublished/Corrected
-- said, marked withdrawn when it was. The resources below are derived from the rows not withdrawn, only.
create table ori_publication (
    publication_id       uuid primary key,
    kind                 text        not null,
    meeting_id           text,
    decision_id          text,
    body                 text,
    meeting_date         date,
    title                text        not null,
    text                 text,
    information_category text        not null,
    organisation         text        not null,
    version              int         not null,
    redacted             boolean     not null,
    documents            text        not null,
    published_at         timestamptz not null,
    withdrawn            boolean     not null default false
);
create index ori_publication_meeting on ori_publication (meeting_id);

-- The current state of every ORI resource (what the snapshot and the resource endpoints serve). A resource
-- belongs to one scope ('publication:<id>' or 'meeting:<id>'), which is recomputed as a whole after a change.
create table ori_resource (
    resource_type     text   not null,
    bronidentificatie text   not null,
    scope             text   not null,
    organisatiecode   text   not null,
    resource_url      text   not null,
    content_hash      text   not null,
    content           text   not null,
    sequence_number   bigint not null,
    primary key (resource_type, bronidentificatie)
);
create index ori_resource_scope on ori_resource (scope);

-- The feed: every change, in the order of its sequence number. A number is taken from ori_feed_head by an
-- update, whose row lock is held until the transaction commits: the next writer waits for it, so no record is
-- ever committed behind a number a reader could already have read. A redact deletes the earlier records of
-- its resource (the only gaps) and names them.
create table ori_feed_record (
    sequence_number   bigint primary key,
    op                text        not null check (op in ('upsert', 'delete', 'redact')),
    resource_type     text        not null,
    organisatiecode   text        not null,
    bronidentificatie text        not null,
    resource_url      text        not null,
    content_hash      text,
    content           text,
    verwijderreden    text,
    redacted          text,
    stored_at         timestamptz not null,
    -- internal, never served: the scope the resource came from, so a redact finds its history
    scope             text        not null
);
create index ori_feed_record_resource on ori_feed_record (resource_type, bronidentificatie);

-- One row: the highest sequence number handed out, and the epoch (raised by every rebuild; a cursor of an
-- earlier epoch is refused, so a reader starts again from the snapshot).
create table ori_feed_head (
    id              int primary key check (id = 1),
    sequence_number bigint      not null,
    epoch           int         not null,
    rebuilt_at      timestamptz
);
insert into ori_feed_head (id, sequence_number, epoch) values (1, 0, 1);
