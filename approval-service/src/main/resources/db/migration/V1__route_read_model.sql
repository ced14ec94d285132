-- Query side of the sign-off routes (accorderingsroutes): a projection of the event store,
-- rebuilt from scratch when its processor is reset. The event store stays the source of truth.

create table approval_route (
    route_id     varchar(64)              not null primary key,
    proposal_id  uuid                     not null,
    version      char(64)                 not null,
    status       varchar(20)              not null,
    opened_at    timestamp with time zone not null,
    completed_at timestamp with time zone,
    -- the order in which routes were opened; the newest route of a proposal is its current one
    opened_order bigint generated always as identity
);
create index approval_route_by_proposal on approval_route (proposal_id, opened_order desc);

create table approval_step (
    route_id       varchar(64)  not null references approval_route (route_id),
    step_id        varchar(100) not null,
    stage_number   integer      not null,
    position       integer      not null,
    role           varchar(40)  not null,
    state          varchar(20)  not null,
    signer_subject varchar(255),
    signer_name    varchar(255),
    signer_role    varchar(40),
    signed_at      timestamp with time zone,
    remarks        text,
    primary key (route_id, step_id)
);
