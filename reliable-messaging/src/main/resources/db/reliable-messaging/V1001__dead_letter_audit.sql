-- Who did what to a parked message, and why: replays and discards of the dead-letter admin API.
create table dead_letter_audit (
    id           bigint generated always as identity primary key,
    consumer     varchar(100) not null,
    message_id   varchar(255),
    action       varchar(16)  not null check (action in ('REPLAY', 'DISCARD')),
    actor        varchar(120) not null,
    reason       text,
    failure      text,
    body         text,
    acted_at     timestamptz  not null default now()
);

create index dead_letter_audit_by_message on dead_letter_audit (consumer, message_id);
