package dev.checkout.messaging.outbox;

import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to publish on {@code checkout.events}: its type is its routing key, its correlation id the order it is
 * about. {@link #document()} is the JSON that goes on the wire: the common envelope (eventId, eventType,
 * schemaVersion, occurredAt) merged with the event's own fields.
 */
public record OutgoingEvent(UUID eventId, String eventType, int schemaVersion, String correlationId,
                            Instant occurredAt, JsonObject fields) {

    public OutgoingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(fields, "fields");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
    }

    /** A new event with a fresh id, occurring now (to the microsecond, as PostgreSQL keeps it). */
    public static OutgoingEvent of(String eventType, int schemaVersion, String correlationId, JsonObject fields) {
        return new OutgoingEvent(UUID.randomUUID(), eventType, schemaVersion, correlationId,
                Instant.now().truncatedTo(ChronoUnit.MICROS), fields);
    }

    public JsonObject document() {
        return new JsonObject()
                .put("eventId", eventId.toString())
                .put("eventType", eventType)
                .put("schemaVersion", schemaVersion)
                .put("occurredAt", occurredAt.toString())
                .mergeIn(fields);
    }
}
