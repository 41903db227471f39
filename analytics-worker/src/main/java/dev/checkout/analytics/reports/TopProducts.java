package dev.checkout.analytics.reports;

import java.time.Instant;
import java.util.List;

/** {@code GET /analytics/top-products}: the best-selling SKUs by units, most first (ties by SKU). */
public record TopProducts(Instant from, Instant to, int limit, List<ProductSales> products) {
}
