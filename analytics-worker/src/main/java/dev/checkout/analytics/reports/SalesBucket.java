package dev.checkout.analytics.reports;

import java.time.Instant;

/** Sales in one currency during one bucket, which starts at {@code start} and lasts one hour or one UTC day. */
public record SalesBucket(Instant start, String currency, long orders, long revenueMinor, long units) {

    static SalesBucket empty(Instant start, String currency) {
        return new SalesBucket(start, currency, 0, 0, 0);
    }
}
