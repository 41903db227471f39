package dev.checkout.fraud.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An unremarkable order for the rules, to change one fact at a time. */
public final class AnOrder {

    private String customerId = "cus_1";
    private String email = "ada@example.com";
    private String currency = "EUR";
    private long totalMinor = 2400;
    private List<OrderFacts.Line> lines = List.of(new OrderFacts.Line("MUG-001", 2));
    private String shippingCountry = "DE";
    private OrderFacts.Card card = new OrderFacts.Card("4242", "DE");

    public static AnOrder anOrder() {
        return new AnOrder();
    }

    public AnOrder email(String value) {
        email = value;
        return this;
    }

    public AnOrder total(long minor, String inCurrency) {
        totalMinor = minor;
        currency = inCurrency;
        return this;
    }

    public AnOrder lines(OrderFacts.Line... value) {
        lines = List.of(value);
        return this;
    }

    public AnOrder shippedTo(String country) {
        shippingCountry = country;
        return this;
    }

    public AnOrder card(String last4, String country) {
        card = new OrderFacts.Card(last4, country);
        return this;
    }

    public OrderFacts build() {
        return new OrderFacts(UUID.randomUUID(), Instant.parse("2025-03-14T09:26:53Z"), customerId, email, currency,
                totalMinor, lines, shippingCountry, card);
    }
}
