-- The public catalogue: the only tables the public channels (JSON API, pages, Atom feed, sitemap)
-- read. A row is here only while its publication is published openbaar, or as its redacted public
-- version; PublicCatalogueProjection writes them from publication's own events and deletes them the
-- moment a publication is withdrawn. Nothing else in this database is ever read by a public channel.

create table public_publication (
    publication_id       uuid primary key,
    -- DECISION, AGENDA, MEETING_PACKAGE, DECISION_LIST, ANSWER, LETTER
    kind                 text        not null,
    title                text        not null,
    -- the decision text, the agenda's summary, the answer's subject; plain text
    summary              text,
    -- COLLEGE, COMMITTEE, COUNCIL, or null when it is about no body
    body                 text,
    body_name            text,
    meeting_id           text,
    meeting_date         date,
    proposal_id          uuid,
    decision_id          text,
    -- the Woo information category (art. 3.3) as its TOOI URI, and its Dutch label
    information_category text        not null,
    category_label       text        not null,
    -- the owner organisation as its TOOI URI, and its name
    organisation         text        not null,
    organisation_name    text        not null,
    -- the date the content was adopted (vaststelling), e.g. the meeting's date for a decision
    adopted_on           date,
    -- 1 for the first publication; a correction publishes version + 1 and replaces the row
    version              int         not null,
    redacted             boolean     not null,
    first_published_at   timestamptz not null,
    published_at         timestamptz not null,
    search               tsvector generated always as (
        to_tsvector('dutch', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body_name, ''))) stored
);

create index public_publication_search on public_publication using gin (search);
create index public_publication_published_at on public_publication (published_at desc);
create index public_publication_meeting on public_publication (meeting_id);

-- The documents of a public publication, in order, each as publication's own public copy: for a PDF
-- the copy stripped of its embedded metadata, with its own SHA-256 (not the owner's).
create table public_document (
    publication_id uuid    not null references public_publication (publication_id) on delete cascade,
    position       int     not null,
    name           text    not null,
    media_type     text    not null,
    size           bigint  not null,
    sha256         text    not null,
    primary key (publication_id, position)
);

create index public_document_sha256 on public_document (sha256);

-- The bytes of the public copies, by their own SHA-256. Served publicly only while a public_document
-- row names the hash.
create table public_document_content (
    sha256     text primary key,
    media_type text  not null,
    content    bytea not null
);

-- What was withdrawn stays visible as a notice (title, when, why), never its content.
create table public_withdrawal (
    publication_id uuid primary key,
    kind           text        not null,
    title          text        not null,
    reason         text        not null,
    withdrawn_at   timestamptz not null
);
