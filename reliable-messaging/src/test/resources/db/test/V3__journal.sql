-- The SQL-client test handler's side effect: one row per handled order, written on the consumer's connection.
create table journal_entry (
    order_id    uuid         not null,
    message_id  varchar(255) not null,
    attempt     integer      not null
);
