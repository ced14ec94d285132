-- This service's own copy of documents another service owns, by content hash (docs/decisions/0027):
-- fetched once with the service's token, verified against the hash, inserted once and never changed.
create table document_copy (
    sha256     varchar(64)  not null primary key,
    owner      varchar(50)  not null,
    media_type varchar(255) not null,
    size       bigint       not null,
    bytes      bytea        not null,
    stored_at  timestamp with time zone not null
);
