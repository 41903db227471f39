-- One confirmation email per order: the unique order id is what makes sending exactly-once.
create table email_delivery (
    order_id       uuid         primary key,
    recipient      varchar(320) not null,
    message_id     varchar(255) not null unique,
    status         varchar(16)  not null check (status in ('SENT', 'FAILED')),
    attempts       integer      not null default 1 check (attempts >= 1),
    smtp_response  text,
    sent_at        timestamptz,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
