package dev.checkout.analytics.reports;

/** A validated {@code GET /analytics/top-products}: the {@code limit} best-selling SKUs over whole UTC days. */
public record TopProductsRequest(ReportRange range, int limit) {
}
