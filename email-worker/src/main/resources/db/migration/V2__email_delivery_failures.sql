-- A parked order.placed is recorded as a FAILED delivery too, so support sees why no email went out. Such an
-- event may lack a usable recipient (it can be parked because it breaks the contract), and the reason code is
-- kept apart from the SMTP reply or error text in smtp_response.
alter table email_delivery alter column recipient drop not null;
alter table email_delivery add column failure_reason varchar(100);
alter table email_delivery add constraint email_delivery_failed_has_reason
    check (status <> 'FAILED' or failure_reason is not null);
alter table email_delivery add constraint email_delivery_sent_has_time
    check (status <> 'SENT' or sent_at is not null);
