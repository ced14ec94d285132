-- Follow-up items (opvolgpunten) as the overviews read them; kept by FollowUpProjection in the
-- transaction of the command that changed them (read-your-writes, docs/decisions/0003).
create table followup_item (
    item_id          text primary key,
    kind             text        not null,
    state            text        not null,
    meeting_id       text,
    decision_id      text,
    commitment_id    text,
    motion_id        text,
    proposal_id      uuid,
    text             text,
    portfolio_holder text,
    department       text,
    deadline         date,
    overdue          boolean     not null default false,
    reminded         boolean     not null default false,
    escalated        boolean     not null default false,
    question_kind    text,
    submitter        text,
    received_on      date,
    document_name    text,
    document_type    text,
    document_size    bigint,
    document_sha256  text,
    proposed_by      text,
    last_reason      text,
    opened_at        timestamp with time zone not null,
    changed_at       timestamp with time zone not null,
    settled_at       timestamp with time zone
);
create index followup_item_proposal_idx on followup_item (proposal_id);
create index followup_item_kind_state_idx on followup_item (kind, state);

-- Deadlines are rows (docs/decisions/0031): what the deadline watch still has to do for each item's
-- current deadline. A row is due when its moment has come by the service's Clock; done_for says for
-- which deadline it was done, so a deadline extended starts the row over.
create table followup_deadline (
    item_id       text        not null,
    step          text        not null,
    deadline      date        not null,
    due_at        timestamp with time zone not null,
    done_for      date,
    primary key (item_id, step)
);
create index followup_deadline_due_idx on followup_deadline (due_at) where done_for is null;

-- Settlement documents (afdoeningsbrieven, antwoorden) by their SHA-256, written once, never changed.
create table settlement_document (
    sha256     text primary key,
    media_type text   not null,
    size       bigint not null,
    content    bytea  not null
);

-- Who may see a proposal (docs/decisions/0017), from drafting's and approval's events.
create table proposal_audience (
    proposal_id     uuid primary key,
    confidentiality text not null,
    author          text not null,
    department      text,
    deciding_body   text
);
create table proposal_seat (
    proposal_id uuid not null,
    role        text not null,
    department  text
);
create index proposal_seat_idx on proposal_seat (proposal_id);
create table proposal_named (
    proposal_id uuid not null,
    subject     text not null,
    primary key (proposal_id, subject)
);
