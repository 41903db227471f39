package dev.checkout.analytics.recording;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * The part of an {@code order.placed} event (contract version 1) the aggregates need; everything else is ignored
 * (tolerant reader). The contract has already been checked when this is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPlaced(String occurredAt, Order order) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(UUID orderId, String currency, long totalMinor, List<Line> lines,
                        ShippingAddress shippingAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, long quantity, long lineTotalMinor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingAddress(String country) {
    }
}
