-- The relay is woken in-process once a transaction that recorded an event commits (AfterCommit), not by NOTIFY: a
-- transaction that notifies holds a database-wide lock from its commit's start to its end, WAL flush included, so
-- every writer of the outbox committed one at a time.
drop trigger outbox_message_inserted on outbox_message;
drop function outbox_message_notify();
