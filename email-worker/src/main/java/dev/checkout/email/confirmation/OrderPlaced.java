package dev.checkout.email.confirmation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What this worker reads of an {@code order.placed} event (schema version 1). A tolerant reader: fields it does not
 * need, and fields added later, are ignored; the contract check has already passed when it is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPlaced(Instant occurredAt, Order order) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(UUID orderId, Customer customer, String currency, long totalMinor, List<Line> lines,
                        ShippingAddress shippingAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, int quantity, long unitPriceMinor, long lineTotalMinor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingAddress(String line1, String line2, String city, String postalCode, String country) {
    }
}
