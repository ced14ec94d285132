-- Publication's own tables. None of them is ever read by a public channel: those read only the
-- public catalogue of V1.

-- Every publication and candidate as the editor's API reads it (INTERNAL channel); kept by
-- PublicationProjection in the transaction of the command that changed it (docs/decisions/0003).
create table publication (
    publication_id       uuid primary key,
    kind                 text        not null,
    state                text        not null,
    mode                 text        not null,
    meeting_id           text,
    decision_id          text,
    proposal_id          uuid,
    item_id              text,
    body                 text,
    meeting_date         date,
    title                text        not null,
    text                 text,
    confidentiality      text        not null,
    information_category text        not null,
    organisation         text        not null,
    version              int         not null default 0,
    redacted             boolean     not null default false,
    moment               timestamptz,
    embargo              boolean     not null default false,
    refusal_ground       text,
    refusal_explanation  text,
    withdrawal_reason    text,
    registered_at        timestamptz not null,
    changed_at           timestamptz not null,
    published_at         timestamptz
);
create index publication_state_idx on publication (state, registered_at);
create index publication_proposal_idx on publication (proposal_id);

-- The documents of a candidate: the owner's original (internal) and publication's public copy.
create table publication_document (
    publication_id  uuid   not null references publication (publication_id) on delete cascade,
    position        int    not null,
    name            text   not null,
    media_type      text   not null,
    size            bigint not null,
    owner           text   not null,
    original_sha256 text   not null,
    public_sha256   text,
    public_size     bigint not null,
    primary key (publication_id, position)
);

-- Every version that went public, with what it said and its documents (JSON), so both a corrected
-- and its correction stay in the history the editor reads.
create table publication_version (
    publication_id uuid        not null,
    version        int         not null,
    title          text        not null,
    text           text,
    redacted       boolean     not null,
    documents      text        not null,
    reason         text,
    published_at   timestamptz not null,
    primary key (publication_id, version)
);

-- The redactions of a redacted version, each with its Woo ground.
create table publication_redaction (
    publication_id uuid not null,
    position       int  not null,
    document       text,
    page           int,
    ground         text not null,
    description    text,
    primary key (publication_id, position)
);

-- Moments of scheduled and embargoed publications, watched by PublicationWatch (ADR 31's way): a row
-- is due when its moment has come by the service's Clock, done once the watch acted on it.
create table publication_moment (
    publication_id uuid primary key,
    due_at         timestamptz not null,
    done           boolean     not null default false
);
create index publication_moment_due_idx on publication_moment (due_at) where not done;

-- Publication's public copies, by their own SHA-256: a document as it may go public (a PDF stripped of
-- its embedded metadata; a redacted upload, stripped too). Written once, never changed; the original
-- stays in the platform's document_copy, internal.
create table public_copy (
    sha256        text primary key,
    source_sha256 text   not null,
    media_type    text   not null,
    size          bigint not null,
    content       bytea  not null
);

-- A redacted PDF exactly as the final editor uploaded it (internal; its public copy is stripped).
create table redacted_upload (
    sha256     text primary key,
    size       bigint not null,
    content    bytea  not null,
    uploaded_by text  not null,
    uploaded_at timestamptz not null
);

-- What other services' events told us, so a candidate can be made from a later event: meetings (body,
-- date), the decisions of a meeting, the names of documents by hash, follow-up items and their documents.
create table known_meeting (
    meeting_id       text primary key,
    body             text not null,
    date             date,
    -- set once its decision list was adopted: a decision that arrives later corrects that list
    list_adopted_on  date
);
create table known_decision (
    decision_id     text primary key,
    meeting_id      text not null,
    proposal_id     uuid,
    title           text,
    outcome         text not null,
    decision_text   text,
    confidentiality text not null,
    decided_at      timestamptz not null
);
create index known_decision_meeting_idx on known_decision (meeting_id);
create table known_document (
    sha256     text primary key,
    name       text not null,
    media_type text not null,
    size       bigint not null
);
create table known_followup_item (
    item_id       text primary key,
    kind          text,
    proposal_id   uuid,
    text          text,
    submitter     text,
    document_name text,
    media_type    text,
    size          bigint,
    sha256        text
);
