package dev.checkout.analytics.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code GET /analytics/summary}: a time series with one entry per bucket of the range and currency (buckets without
 * orders included, as zeros), and the totals per currency. Currencies are never added together.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalesSummary(Instant from, Instant to, Granularity granularity, String currency,
                           List<SalesBucket> series, List<SalesTotals> totals) {

    /**
     * Fills the buckets the database had nothing for. The series covers the requested currency, or else every
     * currency sold in the range; it is ordered by bucket, then currency.
     */
    static SalesSummary of(SummaryRequest request, List<SalesBucket> sold) {
        SortedSet<String> currencies = new TreeSet<>();
        request.currency().ifPresentOrElse(currencies::add, () -> sold.forEach(b -> currencies.add(b.currency())));
        Map<Instant, Map<String, SalesBucket>> byStart = new TreeMap<>();
        sold.forEach(b -> byStart.computeIfAbsent(b.start(), start -> new TreeMap<>()).put(b.currency(), b));
        List<SalesBucket> series = new ArrayList<>();
        Map<String, SalesTotals> totals = new TreeMap<>();
        currencies.forEach(currency -> totals.put(currency, new SalesTotals(currency, 0, 0, 0)));
        Granularity granularity = request.granularity();
        for (Instant start = request.range().from(); start.isBefore(request.range().to()); start = granularity.next(start)) {
            Map<String, SalesBucket> atStart = byStart.getOrDefault(start, Map.of());
            for (String currency : currencies) {
                SalesBucket bucket = atStart.getOrDefault(currency, SalesBucket.empty(start, currency));
                series.add(bucket);
                totals.computeIfPresent(currency, (c, sum) -> sum.plus(bucket));
            }
        }
        return new SalesSummary(request.range().from(), request.range().to(), granularity,
                request.currency().orElse(null), series, List.copyOf(totals.values()));
    }
}
