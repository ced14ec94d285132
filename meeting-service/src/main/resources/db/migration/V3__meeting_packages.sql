-- Samenvoegen: the meeting package's read models, and the decision list's PDF.

-- The meeting and its agenda as it now stands, from MeetingPlanned, AgendaPublished and AgendaChanged;
-- a package is compiled from this. agenda is the whole agenda (List<AgendaEntry>), null until published.
create table package_meeting (
    meeting_id   text primary key,
    body         varchar(20) not null,
    body_name    text,
    meeting_date date,
    starts_at    time,
    place        text,
    agenda       jsonb
);

-- Every version of every package, in both variants: the PDF and the manifest as they were served.
-- Never updated or deleted (the trigger refuses it): a later version is an addendum, not a replacement.
create table meeting_package (
    meeting_id      text        not null,
    version         int         not null check (version > 0),
    variant         varchar(10) not null check (variant in ('INTERNAL', 'PUBLIC')),
    pdf             bytea       not null,
    pdf_sha256      char(64)    not null,
    manifest        bytea       not null,
    manifest_sha256 char(64)    not null,
    page_count      int         not null,
    documents       int         not null,
    new_documents   int         not null,
    compiled_at     timestamptz not null,
    compiled_by     text        not null,
    primary key (meeting_id, version, variant)
);

create function meeting_package_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'version % of the package of meeting % is kept as it was; compile a new version instead',
        old.version, old.meeting_id;
end
$$;

create trigger meeting_package_is_kept before update or delete on meeting_package
    for each row execute function meeting_package_is_kept();

-- The decisions of each meeting as the decision list's PDF shows them, from DecisionTaken.
create table decision_list_pdf_entry (
    decision_id     text primary key,
    meeting_id      text        not null,
    agenda_item_id  text,
    title           text        not null,
    outcome         varchar(20) not null,
    decision_text   text,
    amended_text    text,
    confidentiality varchar(30),
    decided_at      timestamptz,
    received        bigserial
);

create index decision_list_pdf_entry_meeting on decision_list_pdf_entry (meeting_id, received);
