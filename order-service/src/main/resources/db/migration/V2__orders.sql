-- Orders as the checkout writes them. Names, prices and totals are copied from the catalog when the order is placed,
-- so a later price change never rewrites an order. Money is integer minor units in an ISO-4217 currency.
create table orders (
    id                    uuid         primary key,
    -- The Idempotency-Key request that placed the order, if any: a retry of that request resumes this order.
    request_id            uuid,
    status                varchar(32)  not null
        check (status in ('PENDING_PAYMENT', 'CONFIRMED', 'PAYMENT_DECLINED', 'CANCELLED')),
    customer_id           varchar(100) not null,
    customer_email        varchar(254) not null,
    customer_name         varchar(200) not null,
    currency              char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    total_minor           bigint       not null check (total_minor >= 0),
    ship_line1            varchar(200) not null,
    ship_line2            varchar(200),
    ship_city             varchar(100) not null,
    ship_postal_code      varchar(20)  not null,
    ship_country          char(2)      not null check (ship_country ~ '^[A-Z]{2}$'),
    authorization_id      varchar(100),
    card_last4            char(4),
    card_country          char(2),
    decline_code          varchar(64),
    created_at            timestamptz  not null,
    -- When the provider was last asked to charge; the reconciler only settles orders idle for a while.
    payment_attempted_at  timestamptz  not null,
    updated_at            timestamptz  not null
);

create index orders_by_customer on orders (customer_id, created_at desc, id desc);
create index orders_by_request on orders (request_id, created_at desc) where request_id is not null;
create index orders_pending_payment on orders (payment_attempted_at) where status = 'PENDING_PAYMENT';

create table order_line (
    order_id          uuid         not null references orders (id),
    line_no           integer      not null,
    sku               varchar(64)  not null,
    name              varchar(200) not null,
    quantity          integer      not null check (quantity between 1 and 1000),
    unit_price_minor  bigint       not null check (unit_price_minor >= 0),
    line_total_minor  bigint       not null check (line_total_minor >= 0),
    primary key (order_id, line_no)
);
