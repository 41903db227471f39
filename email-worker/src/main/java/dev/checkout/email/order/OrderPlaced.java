package dev.checkout.email.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What this worker reads of an {@code order.placed} event (schema version 1). A tolerant reader: fields it does not
 * need, and fields added later, are ignored; the contract check has already passed when it is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPlaced(Instant occurredAt, Order order) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(UUID orderId, Customer customer, String currency, long totalMinor, List<Line> lines,
                        ShippingAddress shippingAddress, Payment payment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, int quantity, long unitPriceMinor, long lineTotalMinor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingAddress(String line1, String line2, String city, String postalCode, String country) {

        /** The address as it is written on an envelope, the country in English. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(line1);
            if (line2 != null && !line2.isBlank()) {
                lines.add(line2);
            }
            lines.add(postalCode + " " + city);
            lines.add(new Locale("", country).getDisplayCountry(Locale.ENGLISH));
            return lines;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(String cardLast4) {
    }
}
