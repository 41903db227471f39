-- One assessment per order; a reviewer's decision supersedes the automatic one.
create table fraud_assessment (
    order_id       uuid        primary key,
    customer_id    varchar(64) not null,
    decision       varchar(8)  not null check (decision in ('CLEAR', 'REVIEW', 'REJECT')),
    score          integer     not null check (score >= 0),
    reasons        jsonb       not null default '[]',
    assessed_at    timestamptz not null,
    reviewed_by    varchar(120),
    review_note    text,
    reviewed_at    timestamptz
);

create index fraud_assessment_review_queue on fraud_assessment (decision, assessed_at);
