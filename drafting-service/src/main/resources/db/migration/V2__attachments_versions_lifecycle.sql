-- Attachment bytes: content-addressed and immutable, stored once per SHA-256 in 1 MiB chunks so
-- uploads and downloads stream (ContentStore). Not a read model: never rebuilt, never deleted.
create table attachment_content (
    sha256     char(64)     not null primary key,
    size       bigint       not null,
    media_type varchar(200) not null,
    chunks     bigint       not null,
    stored_at  timestamp with time zone not null
);
create table attachment_chunk (
    sha256 char(64) not null references attachment_content (sha256),
    seq    integer  not null,
    bytes  bytea    not null,
    primary key (sha256, seq)
);

-- Read models of projection "proposal-view" (rebuilt from the event store when needed).
alter table proposal_view
    add column wished_meeting_date date,
    add column related_proposal_id uuid,
    add column tags               text[] not null default '{}',
    add column revision           bigint not null default 0,
    add column return_remarks     text,
    add column next_body          varchar(20),
    add column meeting_id         varchar(200),
    add column meeting_body       varchar(20),
    add column meeting_date       date,
    add column agenda_item_id     varchar(200),
    add column agenda_item_type   varchar(20),
    add column decision_id        varchar(200),
    add column decision_meeting_id varchar(200),
    add column decision_body      varchar(20),
    add column decision_outcome   varchar(20),
    add column decided_at         timestamp with time zone,
    add column withdrawn_by       varchar(200),
    add column withdrawn_reason   varchar(2000);
create index proposal_view_type on proposal_view (type);
create index proposal_view_department on proposal_view (lower(department));
create index proposal_view_updated on proposal_view (updated_at);

-- The current attachments of each proposal (removed ones are gone here, never from the events).
create table attachment_view (
    attachment_id varchar(64)  not null primary key,
    proposal_id   uuid         not null,
    kind          varchar(10)  not null,
    name          varchar(255) not null,
    media_type    varchar(200) not null,
    size          bigint       not null,
    sha256        char(64)     not null,
    revision      integer      not null,
    updated_at    timestamp with time zone not null
);
create index attachment_view_proposal on attachment_view (proposal_id);

-- Every submitted manifest, numbered per proposal.
create table proposal_version (
    proposal_id  uuid         not null,
    number       integer      not null,
    version      char(64)     not null,
    fields_hash  char(64)     not null,
    title        varchar(200) not null,
    submitted_by varchar(200) not null,
    submitted_at timestamp with time zone not null,
    primary key (proposal_id, number)
);
create table proposal_version_attachment (
    proposal_id   uuid         not null,
    number        integer      not null,
    attachment_id varchar(64)  not null,
    kind          varchar(10)  not null,
    name          varchar(255) not null,
    media_type    varchar(200) not null,
    size          bigint       not null,
    sha256        char(64)     not null,
    primary key (proposal_id, number, attachment_id),
    foreign key (proposal_id, number) references proposal_version (proposal_id, number)
);
