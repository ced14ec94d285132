-- the test app's projection (TallyProjection), for the platform's asOf and rebuild tests
create table tally_view (
    tally_id   varchar(64)  primary key,
    name       varchar(50)  not null,
    count      integer      not null,
    created_at timestamptz  not null,
    label      text         generated always as (name || ' #' || count) stored
);

create table tally_count (
    position bigint generated always as identity primary key,
    tally_id varchar(64) not null references tally_view (tally_id),
    number   integer     not null,
    at       timestamptz not null
);
