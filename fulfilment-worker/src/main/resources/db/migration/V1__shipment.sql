-- One shipment per order: the unique order id is what makes asking the warehouse exactly-once per order (together
-- with the warehouse's idempotency key, the order id). Both order.placed and fraud.assessed may create the row,
-- whichever arrives first.
create table shipment (
    id                  uuid         primary key,
    order_id            uuid         not null unique,
    state               varchar(24)  not null check (state in ('AWAITING_ORDER', 'AWAITING_CLEARANCE', 'REQUESTED',
                                                                'HELD', 'CANCELLED', 'FAILED')),
    -- From order.placed: who ordered (for the customer's own view) and what to ship where (JSON text).
    customer_id         varchar(255),
    shipping            text,
    -- From fraud.assessed: the decision that stands (a reviewer's, final, over the rules').
    fraud_decision      varchar(8)   check (fraud_decision in ('CLEAR', 'REVIEW', 'REJECT')),
    fraud_final         boolean      not null default false,
    fraud_decided_at    timestamptz,
    warehouse_reference varchar(64),
    requested_at        timestamptz,
    failure_reason      varchar(64),
    failure_message     text,
    attempts            integer      not null default 0 check (attempts >= 0),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create index shipment_state on shipment (state);
