-- Order status (issue 8): the order timeline, the follow-ups derived from it, the fraud hold, and webhooks.

-- A fraud REJECT holds a confirmed order until a reviewer clears it.
alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('PENDING_PAYMENT', 'CONFIRMED', 'ON_HOLD', 'PAYMENT_DECLINED', 'CANCELLED'));

-- When the follow-ups started: a follow-up still pending a while after it shows DELAYED.
alter table orders add column confirmed_at timestamptz;
update orders set confirmed_at = updated_at where status = 'CONFIRMED';

-- Where the client wants each change of the order POSTed (its host is on the configured allow-list).
alter table orders add column callback_url varchar(2048);

-- Everything that happened to an order, in the order it was recorded. seq counts per order without gaps and is
-- assigned under the order's row lock, so it is also the commit order: a reader that has seen seq n has seen every
-- entry before it (the SSE stream's ids rely on that). A follow-up's state is its latest entry.
create table order_timeline (
    id            uuid         primary key,
    order_id      uuid         not null references orders (id),
    seq           integer      not null check (seq >= 1),
    type          varchar(40)  not null,
    recorded_at   timestamptz  not null,
    -- The order's status once this entry was recorded.
    order_status  varchar(32)  not null,
    follow_up     varchar(16)  check (follow_up in ('email', 'fraud', 'analytics')),
    state         varchar(16)  check (state in ('DONE', 'FAILED')),
    -- For a worker's outcome: its event id and when it happened at the worker.
    event_id      uuid,
    occurred_at   timestamptz,
    -- JSON: the fraud assessment, the failure, or the webhook delivery the entry is about.
    detail        text,
    unique (order_id, seq),
    check ((follow_up is null) = (state is null))
);

-- Orders placed before there were timelines start theirs with their status as it is.
insert into order_timeline (id, order_id, seq, type, recorded_at, order_status)
select gen_random_uuid(), id, 1,
       case status
           when 'PENDING_PAYMENT' then 'order.received'
           when 'CONFIRMED' then 'order.confirmed'
           when 'PAYMENT_DECLINED' then 'order.payment_declined'
           else 'order.cancelled'
       end,
       updated_at, status
  from orders;

-- Wakes the SSE streams of every replica, once the entry is committed (NOTIFY is delivered at commit).
create function order_timeline_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('order_timeline', new.order_id::text);
    return null;
end;
$$;

create trigger order_timeline_inserted after insert on order_timeline
    for each row execute function order_timeline_notify();

-- Webhook deliveries still to make, one per timeline entry of an order with a callback URL. Claimed with
-- FOR UPDATE SKIP LOCKED, so the dispatchers of all replicas share them; retried with back-off until give_up_at. A
-- delivery that ends (delivered or given up) is deleted in the transaction that records that in the timeline.
create table webhook_delivery (
    id               uuid          primary key,
    order_id         uuid          not null references orders (id),
    seq              integer       not null,
    url              varchar(2048) not null,
    -- The exact JSON body: every attempt sends the same bytes (only the signature's timestamp changes).
    body             text          not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null default now(),
    give_up_at       timestamptz   not null,
    last_error       text,
    created_at       timestamptz   not null default now(),
    unique (order_id, seq)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at);

-- Wakes the dispatchers right after commit; their timer is the safety net.
create function webhook_delivery_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('webhook_delivery', '');
    return null;
end;
$$;

create trigger webhook_delivery_inserted after insert on webhook_delivery
    for each statement execute function webhook_delivery_notify();
