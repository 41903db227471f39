-- What the test handler reports for each parked message.
create table ledger_failure (
    message_id  varchar(255) not null,
    order_id    uuid,
    reason      varchar(100) not null,
    attempts    integer      not null
);
