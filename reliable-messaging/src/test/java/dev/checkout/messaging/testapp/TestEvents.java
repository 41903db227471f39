package dev.checkout.messaging.testapp;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/** Valid order.placed events whose customer id scripts the test handler. */
public final class TestEvents {

    private TestEvents() {
    }

    public static JsonObject orderPlaced(UUID eventId, UUID orderId, String customerId) {
        return new JsonObject()
                .put("eventId", eventId.toString())
                .put("eventType", "order.placed")
                .put("schemaVersion", 1)
                .put("occurredAt", Instant.now().toString())
                .put("order", new JsonObject()
                        .put("orderId", orderId.toString())
                        .put("customer", new JsonObject().put("id", customerId).put("email", "ada@example.com")
                                .put("name", "Ada Lovelace"))
                        .put("currency", "EUR")
                        .put("totalMinor", 2400)
                        .put("lines", new JsonArray().add(new JsonObject().put("sku", "MUG-001").put("name", "Mug")
                                .put("quantity", 2).put("unitPriceMinor", 1200).put("lineTotalMinor", 2400)))
                        .put("shippingAddress", new JsonObject().put("line1", "1 Main St").put("city", "Berlin")
                                .put("postalCode", "10115").put("country", "DE"))
                        .put("payment", new JsonObject().put("method", "card").put("authorizationId", "auth_1")
                                .put("cardLast4", "4242").put("cardCountry", "DE")));
    }
}
