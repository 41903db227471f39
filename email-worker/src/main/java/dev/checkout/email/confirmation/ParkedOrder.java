package dev.checkout.email.confirmation;

import dev.checkout.email.delivery.OrderIds;
import dev.checkout.messaging.consumer.ParkedEvent;
import io.vertx.core.json.JsonObject;

import java.util.Optional;
import java.util.UUID;

/**
 * The order a parked message was about, read defensively: the message may have been parked precisely because it
 * breaks the contract. Without a well-formed order id there is no order to report a failure for.
 */
record ParkedOrder(UUID orderId, String recipient) {

    /** The longest address the delivery record holds (RFC 5321: 64 + 1 + 255). */
    private static final int MAX_RECIPIENT_LENGTH = 320;

    static Optional<ParkedOrder> of(ParkedEvent parked) {
        if (!parked.hasDocument() || !(parked.document().getValue("order") instanceof JsonObject order)) {
            return Optional.empty();
        }
        Optional<UUID> orderId = order.getValue("orderId") instanceof String id ? OrderIds.parse(id) : Optional.empty();
        return orderId.map(id -> new ParkedOrder(id, recipient(order)));
    }

    private static String recipient(JsonObject order) {
        return order.getValue("customer") instanceof JsonObject customer
                && customer.getValue("email") instanceof String email
                && email.length() <= MAX_RECIPIENT_LENGTH ? email : null;
    }
}
