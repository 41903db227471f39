-- Numbered 10, not 8: other branches may be adding the next migrations; out-of-order migration applies this after them.
-- Which follow-ups an order has is configuration now (order-status.follow-ups), so the table no longer lists them:
-- any configured name fits. An outcome may also hold a follow-up (HELD), e.g. fulfilment held by the fraud review.
alter table order_timeline drop constraint order_timeline_follow_up_check;
alter table order_timeline add constraint order_timeline_follow_up_check
    check (follow_up ~ '^[a-z][a-z0-9-]*$');
alter table order_timeline drop constraint order_timeline_state_check;
alter table order_timeline add constraint order_timeline_state_check
    check (state in ('DONE', 'FAILED', 'HELD'));
