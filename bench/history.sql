-- History for the benchmark's "after 100,000 orders" step: :n copies of one finished order (:template, whose every
-- follow-up is done) in the database this runs in, each under its own order id, customer and message ids. Every
-- service's database gets the same ids (md5 of :salt and the copy's number), so the copies agree across services as
-- real orders would. Timestamps stay the template's; nothing here is pending, so no relay or worker picks it up.
\set ON_ERROR_STOP on
create temp table copy as
select i, md5(:'salt' || i)::uuid as order_id, md5(:'salt' || 'request' || i)::uuid as request_id
  from generate_series(1, :n) i;
-- Into table tbl, for every copy c, each template row t (whose column key holds template) with changes, a jsonb
-- expression over t and c, replacing what must differ; the other columns are copied as they are.
create function pg_temp.copy_rows(tbl text, key text, template text, changes text) returns void language plpgsql as $$
begin
    execute format('insert into %1$I select (jsonb_populate_record(null::%1$I, to_jsonb(t) || %4$s)).* '
                   'from %1$I t, copy c where t.%2$I::text = %3$L', tbl, key, template, changes);
end $$;
select current_database() = 'orders' as is_orders, current_database() = 'email' as is_email,
       current_database() = 'fraud' as is_fraud, current_database() = 'analytics' as is_analytics,
       current_database() = 'fulfilment' as is_fulfilment \gset

\if :is_orders
select pg_temp.copy_rows('orders', 'id', :'template', $$jsonb_build_object(
    'id', c.order_id, 'request_id', c.request_id, 'customer_id', 'history-' || c.i)$$);
select pg_temp.copy_rows('order_line', 'order_id', :'template', $$jsonb_build_object('order_id', c.order_id)$$);
select pg_temp.copy_rows('order_timeline', 'order_id', :'template', $$jsonb_build_object(
    'id', gen_random_uuid(), 'order_id', c.order_id, 'event_id', gen_random_uuid())$$);
select pg_temp.copy_rows('order_status_token', 'order_id', :'template', $$jsonb_build_object(
    'token_hash', '\x' || md5(c.order_id::text || random()), 'order_id', c.order_id)$$);
select request_id as template_request from orders where id = :'template' \gset
select pg_temp.copy_rows('idempotency_record', 'request_id', :'template_request', $$jsonb_build_object(
    'idempotency_key', gen_random_uuid(), 'request_id', c.request_id, 'response_location', '/orders/' || c.order_id)$$);
-- order-service consumes one outcome per follow-up entry of the timeline.
\set consumer order-status
select count(*) as per_order from order_timeline where order_id = :'template' and follow_up is not null \gset
\endif

\if :is_email
select pg_temp.copy_rows('email_delivery', 'order_id', :'template', $$jsonb_build_object(
    'order_id', c.order_id, 'message_id', '<order-' || c.order_id || '@history>')$$);
-- Listed rather than through JSON: the PDF would go through hex text and back for every copy.
insert into receipt (order_id, pdf, created_at)
select c.order_id, t.pdf, t.created_at from receipt t, copy c where t.order_id = :'template';
\set consumer email
\set per_order 1
\endif

\if :is_fraud
select pg_temp.copy_rows('fraud_assessment', 'order_id', :'template', $$jsonb_build_object(
    'order_id', c.order_id, 'customer_id', 'history-' || c.i)$$);
select pg_temp.copy_rows('seen_order', 'order_id', :'template', $$jsonb_build_object(
    'order_id', c.order_id, 'customer_id', 'history-' || c.i, 'email', 'history-' || c.i || '@example.com')$$);
\set consumer fraud
\set per_order 1
\endif

\if :is_analytics
select pg_temp.copy_rows('counted_order', 'order_id', :'template', $$jsonb_build_object('order_id', c.order_id)$$);
\set consumer analytics
\set per_order 1
\endif

\if :is_fulfilment
select pg_temp.copy_rows('shipment', 'order_id', :'template', $$jsonb_build_object(
    'id', gen_random_uuid(), 'order_id', c.order_id, 'customer_id', 'history-' || c.i)$$);
-- order.placed, then the fraud outcome.
\set consumer fulfilment
\set per_order 2
\endif

-- Every service: the messages it consumed for the order, and the events it published, all handled and published.
insert into processed_message (consumer, message_id, processed_at)
select :'consumer', gen_random_uuid()::text, now() from copy, generate_series(1, :per_order);
insert into outbox_message (event_id, event_type, schema_version, correlation_id, payload, occurred_at, created_at,
                            attempts, published_at, traceparent)
select gen_random_uuid(), t.event_type, t.schema_version, c.order_id::text,
       t.payload || jsonb_build_object('orderId', c.order_id), t.occurred_at, t.created_at, t.attempts,
       t.published_at, t.traceparent
  from (select * from outbox_message where published_at is not null and correlation_id = :'template') t, copy c;
analyze;
