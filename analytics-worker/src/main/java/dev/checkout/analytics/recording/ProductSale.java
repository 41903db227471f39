package dev.checkout.analytics.recording;

/** What one order adds to one SKU's day: units and revenue (in the order's currency). */
public record ProductSale(String sku, long units, long revenueMinor) {
}
