-- The catalog the checkout prices and reserves from. Money is integer minor units in an ISO-4217 currency.
create table product (
    sku          varchar(64)  primary key,
    name         varchar(200) not null,
    price_minor  bigint       not null check (price_minor >= 0),
    currency     char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    stock        integer      not null check (stock >= 0),
    updated_at   timestamptz  not null default now()
);
