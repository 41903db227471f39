package dev.checkout.analytics.reports;

import java.util.Optional;

/** A validated {@code GET /analytics/summary}: buckets of {@code granularity} over {@code range}. */
public record SummaryRequest(ReportRange range, Granularity granularity, Optional<String> currency) {
}
