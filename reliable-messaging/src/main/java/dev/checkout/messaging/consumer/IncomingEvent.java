package dev.checkout.messaging.consumer;

import io.vertx.core.json.JsonObject;

/**
 * A delivered event that passed the contract: {@code document} is the whole JSON (envelope and fields);
 * {@code attempt} counts deliveries through the retry tiers, starting at 1.
 */
public record IncomingEvent(String messageId, String eventType, int schemaVersion, JsonObject document, int attempt) {

    /** The document as the consumer's own type (tolerant reader: unknown fields are ignored). */
    public <T> T mapTo(Class<T> type) {
        try {
            return document.mapTo(type);
        } catch (IllegalArgumentException e) {
            throw new PermanentFailure("unmappable_event", "event does not fit " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
