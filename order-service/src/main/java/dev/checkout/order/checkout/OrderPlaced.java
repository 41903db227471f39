package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.OutgoingEvent;
import dev.checkout.order.orders.Order;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The {@code order.placed} event, version 1 (DESIGN.md §5 and contracts/order.placed.v1.schema.json). The outbox
 * adds the envelope; this is the order as the workers need it, so none of them ever has to call back.
 */
final class OrderPlaced {

    static final String TYPE = "order.placed";
    static final int VERSION = 1;

    private OrderPlaced() {
    }

    static OutgoingEvent of(Order order) {
        JsonArray lines = new JsonArray(order.lines().stream()
                .map(line -> new JsonObject()
                        .put("sku", line.sku())
                        .put("name", line.name())
                        .put("quantity", line.quantity())
                        .put("unitPriceMinor", line.unitPriceMinor())
                        .put("lineTotalMinor", line.lineTotalMinor()))
                .toList());
        JsonObject placed = new JsonObject()
                .put("orderId", order.id().toString())
                .put("customer", customer(order.customerId(), order.customerEmail(), order.customerName()))
                .put("currency", order.currency())
                .put("totalMinor", order.totalMinor())
                .put("lines", lines)
                .put("shippingAddress", shippingAddress(order.shipLine1(), order.shipLine2(), order.shipCity(),
                        order.shipPostalCode(), order.shipCountry()))
                .put("payment", new JsonObject()
                        .put("method", "card")
                        .put("authorizationId", order.authorizationId())
                        .put("cardLast4", order.cardLast4())
                        .put("cardCountry", order.cardCountry()));
        return OutgoingEvent.of(TYPE, VERSION, order.id().toString(), new JsonObject().put("order", placed));
    }

    private static JsonObject customer(String id, String email, String name) {
        return new JsonObject().put("id", id).put("email", email).put("name", name);
    }

    private static JsonObject shippingAddress(String line1, String line2, String city, String postalCode, String country) {
        JsonObject address = new JsonObject().put("line1", line1);
        if (line2 != null) {
            address.put("line2", line2);
        }
        return address.put("city", city).put("postalCode", postalCode).put("country", country);
    }
}
