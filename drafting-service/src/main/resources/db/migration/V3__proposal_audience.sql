-- Who may see a proposal besides what proposal_view says (ADR 0017), kept by projection "proposal-view"
-- from the route's events: the seats of every route opened for it, and the people named in one.
create table proposal_seat (
    proposal_id uuid         not null,
    route_id    varchar(200) not null,
    role        varchar(40)  not null,
    department  varchar(200)
);
create index proposal_seat_proposal on proposal_seat (proposal_id);
create index proposal_seat_role on proposal_seat (role);

create table proposal_named (
    proposal_id uuid         not null,
    subject     varchar(200) not null,
    primary key (proposal_id, subject)
);
create index proposal_named_subject on proposal_named (subject);
