-- A scratch copy of the checkout's tables (indexes, constraints, keys and NOTIFY triggers as in the service's
-- migrations), so pgbench runs the checkout's SQL without touching the service's data or waking its relay.
drop schema if exists bench cascade;
create schema bench;
create table bench.product (like public.product including all);
create table bench.orders (like public.orders including all);
create table bench.order_line (like public.order_line including all,
    foreign key (order_id) references bench.orders (id));
create table bench.order_timeline (like public.order_timeline including all,
    foreign key (order_id) references bench.orders (id));
create table bench.idempotency_record (like public.idempotency_record including all);
create table bench.outbox_message (like public.outbox_message including all);
create function bench.notify_outbox() returns trigger language plpgsql as $$
begin
    perform pg_notify('bench_outbox_message', '');
    return null;
end;
$$;
create trigger outbox_message_inserted after insert on bench.outbox_message
    for each statement execute function bench.notify_outbox();
create function bench.notify_timeline() returns trigger language plpgsql as $$
begin
    perform pg_notify('bench_order_timeline', new.order_id::text);
    return null;
end;
$$;
create trigger order_timeline_inserted after insert on bench.order_timeline
    for each row execute function bench.notify_timeline();
insert into bench.product (sku, name, price_minor, currency, stock) values ('BENCH-001', 'Benchmark mug', 1200, 'EUR', 1000000000);
