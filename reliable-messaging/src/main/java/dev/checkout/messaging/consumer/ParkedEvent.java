package dev.checkout.messaging.consumer;

import io.vertx.core.json.JsonObject;

/**
 * What a handler learns when one of its messages was parked: the reason and, when the body was JSON at all, the
 * document, so that it can report the failure (e.g. record an {@code email.failed} outcome for the order).
 */
public record ParkedEvent(String messageId, JsonObject document, String reasonCode, String message, int attempts) {

    /** False when the body could not be read as a JSON object. */
    public boolean hasDocument() {
        return document != null;
    }
}
