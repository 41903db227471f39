-- The PDF receipt of each emailed order, stored once: it is written in the transaction that records the email, so the
-- email and the receipt it carries commit together, and GET /receipts/{orderId} serves the very bytes attached.
create table receipt (
    order_id    uuid        primary key,
    pdf         bytea       not null,
    created_at  timestamptz not null default now()
);
