-- A guest's proof of an order (issue 16): POST /orders without a login answers one token per placed order, the only
-- way to read that order later. Only the SHA-256 of a token is kept; it reads its one order until it expires.
create table order_status_token (
    token_hash bytea       primary key,
    order_id   uuid        not null references orders (id) on delete cascade,
    expires_at timestamptz not null
);
create index order_status_token_by_order on order_status_token (order_id);
