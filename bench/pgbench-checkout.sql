-- What one checkout asks of PostgreSQL (order-service, POST /orders with an Idempotency-Key, one line, card
-- authorized), statement for statement, against the scratch copy made by pgbench-setup.sql.
\set r random(1, 9000000000000000)
-- Claim the Idempotency-Key (autocommit).
insert into bench.idempotency_record (idempotency_key, request_id, fingerprint, locked_until, expires_at)
values ('k' || :client_id || ':' || :r, md5('q' || :client_id || ':' || :r)::uuid, md5('f' || :r) || md5('g' || :r),
        now() + interval '1 minute', now() + interval '24 hours')
on conflict (idempotency_key) do nothing;
-- Price the cart, reserve the stock, record the order PENDING_PAYMENT with its line and first timeline entry.
begin;
select sku, name, price_minor, currency, stock, updated_at from bench.product where sku in ('BENCH-001');
update bench.product set stock = stock - 1, updated_at = now() where sku = 'BENCH-001' and stock >= 1;
insert into bench.orders (id, request_id, status, customer_id, customer_email, customer_name, currency, total_minor,
                          ship_line1, ship_city, ship_postal_code, ship_country, created_at, payment_attempted_at,
                          updated_at)
values (md5('o' || :client_id || ':' || :r)::uuid, md5('q' || :client_id || ':' || :r)::uuid, 'PENDING_PAYMENT',
        'bench-' || :r, 'bench@example.com', 'Bench Client', 'EUR', 1200, '1 Main St', 'Berlin', '10115', 'DE',
        now(), now(), now());
insert into bench.order_line (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor)
values (md5('o' || :client_id || ':' || :r)::uuid, 1, 'BENCH-001', 'Benchmark mug', 1, 1200, 1200);
insert into bench.order_timeline (id, order_id, seq, type, recorded_at, order_status)
values (md5('t1' || :client_id || ':' || :r)::uuid, md5('o' || :client_id || ':' || :r)::uuid, 1, 'order.received',
        now(), 'PENDING_PAYMENT');
commit;
-- (the card is charged here, outside any transaction)
-- Confirm: conditional status change, the order read back, the order.placed event, the timeline entry.
begin;
update bench.orders set status = 'CONFIRMED', authorization_id = 'ch_bench', card_last4 = '4242', card_country = 'US',
                        confirmed_at = now(), updated_at = now()
 where id = md5('o' || :client_id || ':' || :r)::uuid and status = 'PENDING_PAYMENT';
select o.*, l.* from bench.orders o left join bench.order_line l on l.order_id = o.id
 where o.id = md5('o' || :client_id || ':' || :r)::uuid;
insert into bench.outbox_message (event_id, event_type, schema_version, correlation_id, payload, occurred_at)
values (md5('e' || :client_id || ':' || :r)::uuid, 'order.placed', 1, 'bench',
        '{"orderId": "bench", "lines": [{"sku": "BENCH-001", "quantity": 1}], "totalMinor": 1200}'::jsonb, now());
select seq from bench.order_timeline where order_id = md5('o' || :client_id || ':' || :r)::uuid order by seq desc limit 1;
insert into bench.order_timeline (id, order_id, seq, type, recorded_at, order_status)
values (md5('t2' || :client_id || ':' || :r)::uuid, md5('o' || :client_id || ':' || :r)::uuid, 2, 'order.confirmed',
        now(), 'CONFIRMED');
commit;
-- Keep the answer for replays (autocommit).
update bench.idempotency_record
   set response_status = 201, response_content_type = 'application/json', response_location = '/orders/bench',
       response_body = '{"status": "CONFIRMED", "totalMinor": 1200}', locked_until = null
 where idempotency_key = 'k' || :client_id || ':' || :r;
