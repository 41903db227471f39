-- The W3C trace context (traceparent) of the span that recorded the event, so the trace that started it continues
-- wherever the event is consumed. Null for events recorded outside any trace.
alter table outbox_message add column traceparent text;
