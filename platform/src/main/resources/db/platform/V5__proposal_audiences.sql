-- The audience of every proposal a service knows (docs/decisions/0017), kept by the platform so
-- that every service that is not the proposal's owner applies the one visibility rule the same way:
-- the facts of its latest submission, the seats of its routes and the people named in them.
create table audience_proposal (
    proposal_id     uuid primary key,
    confidentiality text not null,
    author          text not null,
    department      text,
    deciding_body   text
);

create table audience_seat (
    proposal_id uuid not null,
    role        text not null,
    department  text
);
create index audience_seat_proposal on audience_seat (proposal_id);

create table audience_named (
    proposal_id uuid not null,
    subject     text not null,
    primary key (proposal_id, subject)
);
