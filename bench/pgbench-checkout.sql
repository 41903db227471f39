-- What one checkout asks of PostgreSQL (order-service, POST /orders by a guest with an Idempotency-Key, one line,
-- card authorized), statement for statement, against the scratch copy made by pgbench-setup.sql.
\set r random(1, 9000000000000000)
-- Claim the Idempotency-Key (autocommit).
insert into bench.idempotency_record (idempotency_key, request_id, fingerprint, locked_until, expires_at)
values ('k' || :client_id || ':' || :r, md5('q' || :client_id || ':' || :r)::uuid, md5('f' || :r) || md5('g' || :r),
        now() + interval '1 minute', now() + interval '24 hours')
on conflict (idempotency_key) do nothing;
-- Price the cart (autocommit).
select sku, name, price_minor, currency, stock from bench.product where sku = any('{BENCH-001}'::varchar[]);
-- Place it: the order PENDING_PAYMENT with its line and first timeline entry, and the stock taken, in one statement
-- (checkout.PlacedOrders).
with wanted as (
    select sku, quantity from unnest('{BENCH-001}'::varchar[], '{1}'::int[]) as wanted (sku, quantity)
), locked as materialized (
    select sku from bench.product where sku in (select sku from wanted) order by sku for update
), taken as (
    update bench.product set stock = product.stock - wanted.quantity, updated_at = now()
      from wanted join locked using (sku)
     where product.sku = wanted.sku
), placed as (
    insert into bench.orders (id, request_id, status, customer_id, customer_email, customer_name, currency,
                              total_minor, ship_line1, ship_city, ship_postal_code, ship_country, created_at,
                              payment_attempted_at, updated_at)
    values (md5('o' || :client_id || ':' || :r)::uuid, md5('q' || :client_id || ':' || :r)::uuid, 'PENDING_PAYMENT',
            'bench-' || :r, 'bench@example.com', 'Bench Client', 'EUR', 1200, '1 Main St', 'Berlin', '10115', 'DE',
            now(), now(), now())
), lines as (
    insert into bench.order_line (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor)
    values (md5('o' || :client_id || ':' || :r)::uuid, 0, 'BENCH-001', 'Benchmark mug', 1, 1200, 1200)
), received as (
    insert into bench.order_timeline (id, order_id, seq, type, recorded_at, order_status)
    values (md5('t1' || :client_id || ':' || :r)::uuid, md5('o' || :client_id || ':' || :r)::uuid, 1,
            'order.received', now(), 'PENDING_PAYMENT')
)
-- (a guest without a callback URL: no webhook delivery)
insert into bench.webhook_delivery (id, order_id, seq, url, body, give_up_at)
select null, md5('o' || :client_id || ':' || :r)::uuid, 1, null, null, null where null::uuid is not null;
select pg_notify('bench_order_timeline', md5('o' || :client_id || ':' || :r));
-- (the card is charged here, outside any transaction)
-- Confirm: conditional status change, the order read back, the order.placed event, the timeline entry.
begin;
update bench.orders set status = 'CONFIRMED', authorization_id = 'ch_bench', card_last4 = '4242', card_country = 'US',
                        confirmed_at = now(), updated_at = now()
 where id = md5('o' || :client_id || ':' || :r)::uuid and status = 'PENDING_PAYMENT';
select o.*, l.* from bench.orders o join bench.order_line l on l.order_id = o.id
 where o.id = md5('o' || :client_id || ':' || :r)::uuid order by l.line_no;
insert into bench.outbox_message (event_id, event_type, schema_version, correlation_id, payload, occurred_at)
values (md5('e' || :client_id || ':' || :r)::uuid, 'order.placed', 1, 'bench',
        '{"orderId": "bench", "lines": [{"sku": "BENCH-001", "quantity": 1}], "totalMinor": 1200}'::jsonb, now());
insert into bench.order_timeline (id, order_id, seq, type, recorded_at, order_status)
select md5('t2' || :client_id || ':' || :r)::uuid, md5('o' || :client_id || ':' || :r)::uuid,
       coalesce(max(seq), 0) + 1, 'order.confirmed', now(), 'CONFIRMED'
  from bench.order_timeline where order_id = md5('o' || :client_id || ':' || :r)::uuid;
commit;
select pg_notify('bench_order_timeline', md5('o' || :client_id || ':' || :r));
-- The guest's status token (autocommit).
insert into bench.order_status_token (token_hash, order_id, expires_at)
values (decode(md5('s' || :client_id || ':' || :r), 'hex'), md5('o' || :client_id || ':' || :r)::uuid, now() + interval '30 days');
-- Keep the answer for replays (autocommit).
update bench.idempotency_record
   set response_status = 201, response_content_type = 'application/json', response_location = '/orders/bench',
       response_body = '{"status": "CONFIRMED", "totalMinor": 1200}', locked_until = null
 where idempotency_key = 'k' || :client_id || ':' || :r;
