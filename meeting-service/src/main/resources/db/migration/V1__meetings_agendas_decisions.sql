-- The ready list (approved proposals waiting for a body) and who may see each proposal
-- (docs/decisions/0017), kept from drafting's and approval's events and from this service's own
-- scheduling and decisions. stage: AWAITING_APPROVAL, READY (for ready_for), SCHEDULED, DECIDED, WITHDRAWN.
create table ready_proposal (
    proposal_id       uuid        not null primary key,
    type              text,
    title             text,
    department        text,
    portfolio_holder  text,
    confidentiality   text,
    author            text,
    deciding_body     text,
    submitted_version text,
    approved_version  text,
    documents         text        not null default '[]',
    stage             text        not null,
    ready_for         text,
    meeting_id        text,
    ready_since       timestamptz,
    updated_at        timestamptz not null
);
create index ready_proposal_ready_for on ready_proposal (ready_for) where stage = 'READY';

create table proposal_seat (
    proposal_id uuid not null,
    role        text not null,
    department  text
);
create index proposal_seat_proposal on proposal_seat (proposal_id);

create table proposal_named (
    proposal_id uuid not null,
    subject     text not null,
    primary key (proposal_id, subject)
);

-- Meetings, their members and attendance, agendas (with the changes after publication), decisions
-- and decision lists; updated in the same transaction as the meeting's events (docs/decisions/0003).
create table meeting_view (
    meeting_id            text        not null primary key,
    body_id               text        not null,
    body                  text        not null,
    body_name             text,
    meeting_date          date        not null,
    starts_at             time,
    place                 text,
    closed_part           boolean     not null,
    state                 text        not null,
    cancel_reason         text,
    published_at          timestamptz,
    opened_at             timestamptz,
    closed_at             timestamptz,
    decision_list         text,
    decision_list_sha256  text,
    adopted_in_meeting_id text,
    adopted_on            date,
    updated_at            timestamptz not null
);
create index meeting_view_body_date on meeting_view (body, meeting_date);

create table meeting_member (
    meeting_id  text not null,
    member_id   text not null,
    ordinal     int  not null,
    name        text,
    function    text not null,
    party_group text,
    presence    text not null default 'ABSENT',
    presence_at timestamptz,
    primary key (meeting_id, member_id)
);

create table agenda_item_view (
    meeting_id          text        not null,
    agenda_item_id      text        not null,
    position            int,
    kind                text        not null,
    title               text        not null,
    proposal_id         uuid,
    item_type           text,
    confidential        boolean     not null,
    confidentiality     text,
    version             text,
    documents           text        not null default '[]',
    previous_meeting_id text,
    status              text        not null,
    withdrawn_reason    text,
    added_seq           bigint      not null,
    added_at            timestamptz not null,
    primary key (meeting_id, agenda_item_id)
);

create table agenda_change_view (
    meeting_id     text        not null,
    seq            bigint      not null,
    change         text        not null,
    agenda_item_id text        not null,
    reason         text,
    at             timestamptz not null,
    primary key (meeting_id, seq)
);

create table decision_view (
    decision_id       text        not null primary key,
    meeting_id        text        not null,
    agenda_item_id    text        not null,
    proposal_id       uuid        not null,
    title             text,
    outcome           text        not null,
    decision_text     text,
    amended_text      text,
    next_body         text,
    version           text,
    confidentiality   text,
    document_hashes   text        not null default '[]',
    follow_up_actions text        not null default '[]',
    decided_at        timestamptz
);
create index decision_view_meeting on decision_view (meeting_id);
