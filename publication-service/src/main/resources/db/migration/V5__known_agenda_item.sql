-- The agenda items of the meetings publication heard of (from AgendaPublished and AgendaChanged): a vote
-- names only its agenda item, and its publication shows the item's number and title, and is as public as
-- the item is (a besloten item's vote is not openbaar).
create table known_agenda_item (
    meeting_id      text not null,
    agenda_item_id  text not null,
    number          integer not null,
    title           text,
    confidentiality text not null,
    primary key (meeting_id, agenda_item_id)
);
