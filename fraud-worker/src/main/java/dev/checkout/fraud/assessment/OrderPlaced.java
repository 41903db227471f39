package dev.checkout.fraud.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.checkout.fraud.rules.OrderFacts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The fraud worker's reading of {@code order.placed} v1: only what the rules need (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderPlaced(OffsetDateTime occurredAt, Order order) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Order(UUID orderId, Customer customer, String currency, long totalMinor, List<Line> lines,
                 Address shippingAddress, Payment payment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Customer(String id, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String sku, int quantity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payment(String cardLast4, String cardCountry) {
    }

    OrderFacts toFacts() {
        return new OrderFacts(order.orderId(), occurredAt.toInstant(), order.customer().id(), order.customer().email(),
                order.currency(), order.totalMinor(),
                order.lines().stream().map(line -> new OrderFacts.Line(line.sku(), line.quantity())).toList(),
                order.shippingAddress().country(),
                new OrderFacts.Card(order.payment().cardLast4(), order.payment().cardCountry()));
    }
}
