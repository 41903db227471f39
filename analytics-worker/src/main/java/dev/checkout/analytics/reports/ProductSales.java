package dev.checkout.analytics.reports;

import java.util.List;

/** One SKU's sales over a range: units, and revenue per currency it was sold in. */
public record ProductSales(String sku, long units, List<Money> revenue) {
}
