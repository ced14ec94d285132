-- Issue 4: refusals, delegation, skips, deadlines and superseded routes in the route view, and the
-- table of the persistent deadline scheduler.

alter table approval_route
    add column rule_name     varchar(200),
    add column closed_at     timestamp with time zone,
    add column closed_reason text;

alter table approval_step
    add column department           varchar(200),
    -- when the step became due (its stage opened) and its deadline; lead times count from due_since
    add column due_since            timestamp with time zone,
    add column due_at               timestamp with time zone,
    add column reminded_at          timestamp with time zone,
    add column escalated_at         timestamp with time zone,
    add column escalated_to         varchar(40),
    add column delegate_subject     varchar(255),
    add column delegate_name        varchar(255),
    add column delegated_by_subject varchar(255),
    add column delegated_by_name    varchar(255),
    add column delegation_reason    text,
    add column mandate              varchar(200),
    -- the reason of a refusal or a skip
    add column reason               text;

-- the inbox and the overdue list: due steps, oldest first
create index approval_step_due on approval_step (state, due_since);
create index approval_step_delegate on approval_step (delegate_subject) where delegate_subject is not null;

-- db-scheduler (com.github.kagkarlsson:db-scheduler 16.x, the PostgreSQL schema it documents): the
-- persistent deadlines of Axon's DbSchedulerDeadlineManager. A deadline is a row until it has run.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
