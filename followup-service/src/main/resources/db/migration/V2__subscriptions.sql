-- Webhook subscriptions of the griffie and other systems (docs/followup-events.md): the owner is kept so
-- that every delivery is filtered by what the owner may see; the secret is kept encrypted (AES-GCM, key
-- from configuration) because it must be read back to sign, and is never returned.
create table webhook_subscription (
    id                uuid          not null primary key,
    url               varchar(2000) not null,
    description       varchar(200),
    secret_cipher     bytea         not null,
    owner_subject     varchar(200)  not null,
    owner_name        varchar(200)  not null,
    owner_roles       varchar(500)  not null,
    owner_department  varchar(200),
    -- events at or before this position of the event store were there before the subscription
    from_position     bigint        not null,
    created_at        timestamptz   not null
);

create index webhook_subscription_owner on webhook_subscription (owner_subject);

-- One row per event per subscription; survives restarts. PENDING rows are picked up when next_attempt_at
-- is due; DELIVERED and DEAD are final until an owner re-sends.
create table webhook_delivery (
    id               uuid          not null primary key,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         varchar(100)  not null,
    position         bigint        not null,
    event_type       varchar(200)  not null,
    payload          text          not null,
    state            varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_of_subscription on webhook_delivery (subscription_id, position);
