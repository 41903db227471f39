-- reliable-messaging's own tables. The library's migrations are numbered from 1000 so they never collide with a
-- service's own (1..999); services run Flyway with out-of-order enabled so either side can add migrations later.

-- Transactional outbox: a row is written in the same transaction as the business change and published later
-- by the relay, which marks it published only after the broker confirmed it.
create table outbox_message (
    id               bigint generated always as identity primary key,
    event_id         uuid         not null unique,
    event_type       varchar(100) not null,
    schema_version   integer      not null,
    correlation_id   varchar(100),
    payload          jsonb        not null,
    occurred_at      timestamptz  not null,
    created_at       timestamptz  not null default now(),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       text,
    published_at     timestamptz
);

create index outbox_message_pending on outbox_message (next_attempt_at, id) where published_at is null;
create index outbox_message_published on outbox_message (published_at) where published_at is not null;

-- Wakes the relay right after commit (NOTIFY is delivered only when the inserting transaction commits).
create function outbox_message_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_message', '');
    return null;
end;
$$;

create trigger outbox_message_inserted after insert on outbox_message
    for each statement execute function outbox_message_notify();

-- Idempotent consumer: inserted in the same transaction as a handler's side effect; a duplicate key means the
-- message was already handled.
create table processed_message (
    consumer      varchar(100) not null,
    message_id    varchar(255) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, message_id)
);

create index processed_message_age on processed_message (processed_at);
