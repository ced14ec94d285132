-- Read model of proposals (projection "proposal-view"); rebuilt from the event store when needed.
create table proposal_view (
    proposal_id            uuid         not null primary key,
    type                   varchar(40)  not null,
    title                  varchar(200) not null,
    summary                varchar(4000),
    portfolio_holder       varchar(200) not null,
    department             varchar(200) not null,
    confidentiality        varchar(40)  not null,
    financial_consequences boolean      not null,
    legal_consequences     boolean      not null,
    deciding_body          varchar(20)  not null,
    author_subject         varchar(200) not null,
    author_name            varchar(200) not null,
    status                 varchar(20)  not null,
    version                char(64)     not null,
    submitted_version      char(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);
create index proposal_view_author on proposal_view (author_subject);
create index proposal_view_status on proposal_view (status);
