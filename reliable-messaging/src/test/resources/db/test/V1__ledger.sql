-- The test handler's side effect: one row per handled order.
create table ledger_entry (
    order_id    uuid        not null,
    message_id  varchar(255) not null,
    attempt     integer     not null,
    created_at  timestamptz not null default now()
);
