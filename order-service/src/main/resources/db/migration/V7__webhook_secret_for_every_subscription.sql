-- Every order with a callback URL has a secret to sign its deliveries with, so the dispatcher never meets one without.
-- Orders placed before V6 get one here (32 bytes from two version-4 UUIDs, PostgreSQL's strong random source); their
-- receivers were never told it, and the shared secret they verified with is gone, so they cannot verify those
-- deliveries.
update orders
   set webhook_secret = 'whsec_' || encode(decode(replace(gen_random_uuid()::text, '-', '')
                                                || replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64')
 where callback_url is not null and webhook_secret is null;

alter table orders add constraint orders_webhook_secret_with_callback
    check ((callback_url is null) = (webhook_secret is null));
