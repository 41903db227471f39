package dev.checkout.fulfilment.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/** order.placed and fraud.assessed events for the tests, each order new. */
public final class Events {

    private Events() {
    }

    /** An order of 2 mugs shipped to {@code postalCode} (the warehouse simulator's test inputs: 00503, 00422...). */
    public static JsonObject orderPlaced(String customerId, String postalCode) {
        return new JsonObject()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", "order.placed")
                .put("schemaVersion", 1)
                .put("occurredAt", Instant.now().toString())
                .put("order", new JsonObject()
                        .put("orderId", UUID.randomUUID().toString())
                        .put("customer", new JsonObject().put("id", customerId).put("email", "ann@example.org")
                                .put("name", "Ann Example"))
                        .put("currency", "EUR")
                        .put("totalMinor", 2400)
                        .put("lines", new JsonArray().add(new JsonObject().put("sku", "MUG-001")
                                .put("name", "Fan-out coffee mug").put("quantity", 2)
                                .put("unitPriceMinor", 1200).put("lineTotalMinor", 2400)))
                        .put("shippingAddress", new JsonObject().put("line1", "1 Main St").put("city", "Berlin")
                                .put("postalCode", postalCode).put("country", "DE"))
                        .put("payment", new JsonObject().put("method", "card").put("authorizationId", "auth_1")
                                .put("cardLast4", "4242").put("cardCountry", "DE")));
    }

    public static JsonObject orderPlaced() {
        return orderPlaced("guest:" + UUID.randomUUID(), "10115");
    }

    /** The fraud decision on the order: the rules' ({@code reviewed} false) or a reviewer's, at {@code at}. */
    public static JsonObject fraudAssessed(String orderId, String decision, boolean reviewed, Instant at) {
        JsonObject assessment = new JsonObject().put("decision", decision).put("score", 50)
                .put("reasons", new JsonArray()).put("final", reviewed);
        if (reviewed) {
            assessment.put("reviewedBy", "fred");
        }
        return new JsonObject()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", "fraud.assessed")
                .put("schemaVersion", 1)
                .put("occurredAt", at.toString())
                .put("orderId", orderId)
                .put("assessment", assessment);
    }

    public static JsonObject fraudAssessed(String orderId, String decision, boolean reviewed) {
        return fraudAssessed(orderId, decision, reviewed, Instant.now());
    }

    public static String orderId(JsonObject orderPlaced) {
        return orderPlaced.getJsonObject("order").getString("orderId");
    }

    /** The same event under a new id, as a producer publishing it twice would send it. */
    public static JsonObject republished(JsonObject event) {
        return event.copy().put("eventId", UUID.randomUUID().toString());
    }
}
