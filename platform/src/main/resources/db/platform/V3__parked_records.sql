-- A Kafka record that can never be handled as it is, kept for an ADMIN (docs/decisions/0019), and the
-- later records of the same key that wait behind it so that they are applied in order.
create table parked_record (
    id               uuid          not null primary key,
    consumer_group   varchar(200)  not null,
    topic            varchar(255)  not null,
    record_partition integer       not null,
    record_offset    bigint        not null,
    record_key       varchar(255),
    event_id         varchar(100),
    event_type       varchar(200),
    payload          bytea,
    headers          jsonb         not null,
    error            text,
    parked_at        timestamp with time zone not null,
    -- PARKED: failed itself; WAITING: behind an earlier one; APPLIED: retried or released; RESOLVED: set aside
    state            varchar(20)   not null,
    settled_at       timestamp with time zone,
    settled_by       varchar(255),
    reason           text,
    constraint parked_record_once unique (consumer_group, topic, record_partition, record_offset)
);

create index parked_record_unresolved on parked_record (consumer_group, topic, record_partition, record_key, record_offset)
    where state in ('PARKED', 'WAITING');
