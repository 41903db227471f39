package dev.checkout.fulfilment.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * What this worker reads of an {@code order.placed} event (schema version 1): who ordered, what, and where it goes.
 * A tolerant reader; the contract check has already passed when it is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderPlaced(Order order) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(UUID orderId, Customer customer, List<Line> lines, ShippingAddress shippingAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Customer(String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, int quantity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingAddress(String line1, String line2, String city, String postalCode, String country) {
    }
}
