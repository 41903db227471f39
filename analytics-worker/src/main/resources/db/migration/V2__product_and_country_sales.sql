-- Orders already counted, whatever message carried them: a second order.placed for the same order (a new event id,
-- so not caught by processed_message) must not count it twice.
create table counted_order (
    order_id    uuid        primary key,
    counted_at  timestamptz not null default now()
);

-- Units and revenue per SKU and UTC day. Revenue stays per currency: amounts in two currencies never add up.
create table product_sales_daily (
    day            date   not null,
    sku            text   not null,
    currency       char(3) not null,
    units          bigint not null default 0,
    revenue_minor  bigint not null default 0,
    primary key (day, sku, currency)
);

-- Orders and revenue per shipping country and UTC day, again per currency.
create table country_sales_daily (
    day            date    not null,
    country        char(2) not null,
    currency       char(3) not null,
    order_count    bigint  not null default 0,
    revenue_minor  bigint  not null default 0,
    primary key (day, country, currency)
);
