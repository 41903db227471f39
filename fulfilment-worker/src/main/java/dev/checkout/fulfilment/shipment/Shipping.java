package dev.checkout.fulfilment.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** What the warehouse is asked to ship, and where: kept from {@code order.placed} until the order is cleared. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shipping(OrderPlaced.ShippingAddress address, List<OrderPlaced.Line> lines) {

    String encode() {
        return JsonObject.mapFrom(this).encode();
    }

    static Shipping decode(String json) {
        return new JsonObject(json).mapTo(Shipping.class);
    }
}
