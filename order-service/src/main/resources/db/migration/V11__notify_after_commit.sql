-- Timeline entries and queued webhooks are announced by order-service after its transaction commits (one pg_notify
-- batch outside any transaction, status.ChangeNotifications), not by triggers: a transaction that notifies holds a
-- database-wide lock from its commit's start to its end, WAL flush included, so every checkout committed one at a time.
drop trigger order_timeline_inserted on order_timeline;
drop function order_timeline_notify();
drop trigger webhook_delivery_inserted on webhook_delivery;
drop function webhook_delivery_notify();
