-- The rules' own decision stays on record when a reviewer's decision supersedes it in "decision".
alter table fraud_assessment add column rules_decision varchar(8)
    check (rules_decision in ('CLEAR', 'REVIEW', 'REJECT'));
update fraud_assessment set rules_decision = decision;
alter table fraud_assessment alter column rules_decision set not null;

-- The contract puts no upper bound on a customer id; a long one must not turn into a retried database error.
alter table fraud_assessment alter column customer_id type text;

-- The review queue is read oldest first; equal timestamps are ordered by order id so that pages are stable.
drop index fraud_assessment_review_queue;
create index fraud_assessment_review_queue on fraud_assessment (decision, assessed_at, order_id);

-- Every order the worker has assessed, written in the same transaction as its assessment: the velocity rules
-- count from here (by the orders' own event time), so a redelivered or re-published event never counts twice.
create table seen_order (
    order_id      uuid        primary key,
    customer_id   text        not null,
    email         text        not null,
    card_last4    varchar(4)  not null,
    card_country  varchar(2)  not null,
    occurred_at   timestamptz not null
);

create index seen_order_by_customer on seen_order (customer_id, occurred_at);
create index seen_order_by_email on seen_order (email, occurred_at);
create index seen_order_by_card on seen_order (card_last4, card_country, occurred_at);
