package dev.checkout.analytics.reports;

import java.time.Instant;
import java.util.List;

/** {@code GET /analytics/countries}: every shipping country with orders in the range, most orders first. */
public record SalesByCountry(Instant from, Instant to, List<CountrySales> countries) {
}
