-- The relay claims the oldest pending rows by id (order by id limit n). An index over the pending rows in id order
-- lets a pass read just its batch, whatever the history of published rows and however long the backlog; the
-- former (next_attempt_at, id) index made it sort every pending row first. Rows backing off are skipped as the
-- scan meets them.
create index outbox_message_unpublished on outbox_message (id) where published_at is null;
drop index outbox_message_pending;
