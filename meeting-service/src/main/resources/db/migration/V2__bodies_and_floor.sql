-- Bodies (gremia) with their members and party groups, as the Body aggregate's events say.
create table body (
    body_id        varchar(60)  primary key,
    kind           varchar(20)  not null,
    name           varchar(200) not null,
    established_at timestamptz  not null
);

create table body_party_group (
    body_id   varchar(60)  not null references body (body_id),
    name      varchar(100) not null,
    formed_at timestamptz  not null,
    position  bigserial,
    primary key (body_id, name)
);

-- One row per membership: a member appointed again after leaving gets a new row; ended rows stay.
create table body_member (
    membership_id bigserial    primary key,
    body_id       varchar(60)  not null references body (body_id),
    member_id     varchar(80)  not null,
    name          varchar(200) not null,
    function      varchar(30)  not null,
    party_group   varchar(100),
    subject       varchar(200),
    appointed_at  timestamptz  not null,
    ended_at      timestamptz,
    end_reason    varchar(1000)
);
create unique index body_member_current on body_member (body_id, member_id) where ended_at is null;

-- The floor of each meeting: which body it is of (who records in it), and what was recorded.
create table floor_meeting (
    meeting_id   text        primary key,
    body_id      text,
    body_kind    varchar(20) not null,
    body_name    text,
    meeting_date date        not null
);

create table floor_vote (
    vote_id    text        primary key,
    meeting_id text        not null,
    held_at    timestamptz not null,
    vote       jsonb       not null,
    position   bigserial
);
create index floor_vote_meeting on floor_vote (meeting_id, position);

create table floor_instrument (
    instrument_id  text        primary key,
    meeting_id     text        not null,
    kind           varchar(20) not null,
    agenda_item_id text,
    proposal_id    uuid,
    title          text        not null,
    text           text        not null,
    submitters     jsonb       not null,
    co_signers     jsonb       not null,
    state          varchar(20) not null,
    vote_id        text,
    submitted_at   timestamptz not null,
    decided_at     timestamptz,
    position       bigserial
);
create index floor_instrument_meeting on floor_instrument (meeting_id, kind, position);

create table floor_commitment (
    commitment_id    text        primary key,
    meeting_id       text        not null,
    agenda_item_id   text,
    proposal_id      uuid,
    text             text        not null,
    made_by          text        not null,
    portfolio_holder text,
    made_to          text,
    deadline         date        not null,
    made_at          timestamptz not null,
    position         bigserial
);
create index floor_commitment_meeting on floor_commitment (meeting_id, position);
