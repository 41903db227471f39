package dev.checkout.fraud.rules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the rules look at in a placed order. Money is in minor units of {@code currency}. */
public record OrderFacts(UUID orderId, Instant occurredAt, String customerId, String email, String currency,
                         long totalMinor, List<Line> lines, String shippingCountry, Card card) {

    public record Line(String sku, int quantity) {
    }

    /** A card as the payment provider reports it: never the number, only its last digits and issuing country. */
    public record Card(String last4, String country) {
    }

    /**
     * The email address as one mailbox: lower case, and without a "+tag" in the local part, so that
     * {@code Ada+1@Example.com} and {@code ada@example.com} count as the same address.
     */
    public String emailKey() {
        String address = email.toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        int tag = local.indexOf('+');
        return (tag < 0 ? local : local.substring(0, tag)) + address.substring(at);
    }

    /** The email address's domain, lower case. */
    public String emailDomain() {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
