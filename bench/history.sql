-- History for the benchmark's "after 100,000 orders" step: :n copies of one finished order (:template, whose every
-- follow-up is done) in the database this runs in, each under its own order id, customer and message ids. Every
-- service's database gets the same ids (md5 of :salt and the copy's number), so the copies agree across services as
-- real orders would. Timestamps stay the template's; nothing here is pending, so no relay or worker picks it up.
\set ON_ERROR_STOP on
create temp table copy as select i, md5(:'salt' || i)::uuid as order_id from generate_series(1, :n) i;
select current_database() = 'orders' as is_orders, current_database() = 'email' as is_email,
       current_database() = 'fraud' as is_fraud, current_database() = 'analytics' as is_analytics,
       current_database() = 'fulfilment' as is_fulfilment \gset

\if :is_orders
insert into orders select (jsonb_populate_record(null::orders, to_jsonb(t) || jsonb_build_object(
    'id', c.order_id, 'request_id', gen_random_uuid(), 'customer_id', 'history-' || c.i))).*
  from orders t, copy c where t.id = :'template';
insert into order_line select (jsonb_populate_record(null::order_line, to_jsonb(t) || jsonb_build_object(
    'order_id', c.order_id))).*
  from order_line t, copy c where t.order_id = :'template';
insert into order_timeline select (jsonb_populate_record(null::order_timeline, to_jsonb(t) ||
    jsonb_build_object('id', gen_random_uuid(), 'order_id', c.order_id, 'event_id', gen_random_uuid()))).*
  from order_timeline t, copy c where t.order_id = :'template';
insert into order_status_token select (jsonb_populate_record(null::order_status_token, to_jsonb(t) ||
    jsonb_build_object('token_hash', '\x' || md5(c.order_id::text || random()), 'order_id', c.order_id))).*
  from order_status_token t, copy c where t.order_id = :'template';
insert into idempotency_record select (jsonb_populate_record(null::idempotency_record, to_jsonb(t) ||
    jsonb_build_object('idempotency_key', gen_random_uuid(), 'request_id', o.request_id,
                       'response_location', '/orders/' || o.id))).*
  from idempotency_record t, copy c join orders o on o.id = c.order_id
 where t.request_id = (select request_id from orders where id = :'template');
-- order-service consumes one outcome per follow-up entry of the timeline.
\set consumer order-status
select count(*) as per_order from order_timeline where order_id = :'template' and follow_up is not null \gset
\endif

\if :is_email
insert into email_delivery select (jsonb_populate_record(null::email_delivery, to_jsonb(t) ||
    jsonb_build_object('order_id', c.order_id, 'message_id', '<order-' || c.order_id || '@history>'))).*
  from email_delivery t, copy c where t.order_id = :'template';
insert into receipt select c.order_id, t.pdf, t.created_at from receipt t, copy c where t.order_id = :'template';
\set consumer email
\set per_order 1
\endif

\if :is_fraud
insert into fraud_assessment select (jsonb_populate_record(null::fraud_assessment, to_jsonb(t) ||
    jsonb_build_object('order_id', c.order_id, 'customer_id', 'history-' || c.i))).*
  from fraud_assessment t, copy c where t.order_id = :'template';
insert into seen_order select (jsonb_populate_record(null::seen_order, to_jsonb(t) || jsonb_build_object(
    'order_id', c.order_id, 'customer_id', 'history-' || c.i, 'email', 'history-' || c.i || '@example.com'))).*
  from seen_order t, copy c where t.order_id = :'template';
\set consumer fraud
\set per_order 1
\endif

\if :is_analytics
insert into counted_order select c.order_id, t.counted_at from counted_order t, copy c where t.order_id = :'template';
\set consumer analytics
\set per_order 1
\endif

\if :is_fulfilment
insert into shipment select (jsonb_populate_record(null::shipment, to_jsonb(t) || jsonb_build_object(
    'id', gen_random_uuid(), 'order_id', c.order_id, 'customer_id', 'history-' || c.i))).*
  from shipment t, copy c where t.order_id = :'template';
-- order.placed, then the fraud outcome.
\set consumer fulfilment
\set per_order 2
\endif

-- Every service: the messages it consumed for the order, and the events it published, all handled and published.
insert into processed_message select :'consumer', gen_random_uuid()::text, now() from copy, generate_series(1, :per_order);
insert into outbox_message (event_id, event_type, schema_version, correlation_id, payload, occurred_at, created_at,
                            attempts, published_at, traceparent)
select gen_random_uuid(), t.event_type, t.schema_version, c.order_id::text,
       t.payload || jsonb_build_object('orderId', c.order_id), t.occurred_at, t.created_at, t.attempts,
       t.published_at, t.traceparent
  from (select * from outbox_message where published_at is not null and correlation_id = :'template') t, copy c;
analyze;
