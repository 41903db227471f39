-- A scratch copy of the checkout's tables (indexes, constraints and keys as in the service's migrations), so pgbench
-- runs the checkout's SQL without touching the service's data.
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
create table bench.order_status_token (like public.order_status_token including all,
    foreign key (order_id) references bench.orders (id));
create table bench.webhook_delivery (like public.webhook_delivery including all,
    foreign key (order_id) references bench.orders (id));
insert into bench.product (sku, name, price_minor, currency, stock) values ('BENCH-001', 'Benchmark mug', 1200, 'EUR', 1000000000);
