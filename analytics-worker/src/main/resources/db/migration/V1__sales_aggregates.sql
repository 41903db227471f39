-- Sales per UTC hour and currency. Counters only ever grow by commuting increments (upserts), so events
-- applied in any order give the same totals.
create table sales_hourly (
    bucket_start   timestamptz not null,
    currency       char(3)     not null,
    order_count    bigint      not null default 0,
    revenue_minor  bigint      not null default 0,
    units          bigint      not null default 0,
    primary key (bucket_start, currency)
);
