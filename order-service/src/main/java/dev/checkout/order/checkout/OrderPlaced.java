package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.OutgoingEvent;
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
        JsonObject address = new JsonObject().put("line1", order.shipLine1());
        if (order.shipLine2() != null) {
            address.put("line2", order.shipLine2());
        }
        address.put("city", order.shipCity())
                .put("postalCode", order.shipPostalCode())
                .put("country", order.shipCountry());
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
                .put("customer", new JsonObject()
                        .put("id", order.customerId())
                        .put("email", order.customerEmail())
                        .put("name", order.customerName()))
                .put("currency", order.currency())
                .put("totalMinor", order.totalMinor())
                .put("lines", lines)
                .put("shippingAddress", address)
                .put("payment", new JsonObject()
                        .put("method", "card")
                        .put("authorizationId", order.authorizationId())
                        .put("cardLast4", order.cardLast4())
                        .put("cardCountry", order.cardCountry()));
        return OutgoingEvent.of(TYPE, VERSION, order.id().toString(), new JsonObject().put("order", placed));
    }
}
