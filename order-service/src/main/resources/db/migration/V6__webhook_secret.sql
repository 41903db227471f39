-- Each callback subscription signs with a secret of its own (Standard Webhooks: whsec_<base64>), returned once to the
-- client that placed the order: a receiver can verify its own deliveries and can forge nobody else's.
alter table orders add column webhook_secret varchar(100);
