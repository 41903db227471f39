-- One row per Idempotency-Key (IETF draft, Stripe): which request body it was first used with, whether a request
-- holding it is still running, and the final response to replay. Rows outlive their retention only until cleanup.
create table idempotency_record (
    idempotency_key        varchar(255) primary key,
    -- Ties the key to the order its request placed (orders.request_id), without reusing the client's string.
    request_id             uuid         not null unique,
    -- SHA-256 of the canonical request body; the same key with another body is refused.
    fingerprint            char(64)     not null,
    -- Set while a request holds the key; a lease, so a crashed request does not hold it forever.
    locked_until           timestamptz,
    response_status        integer,
    response_content_type  varchar(100),
    response_location      varchar(300),
    response_body          text,
    created_at             timestamptz  not null default now(),
    expires_at             timestamptz  not null
);

create index idempotency_record_expiry on idempotency_record (expires_at);
