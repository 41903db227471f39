package dev.checkout.analytics.reports;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SalesSummaryTest {

    private static final Instant NINE = Instant.parse("2025-03-14T09:00:00Z");
    private static final Instant TEN = Instant.parse("2025-03-14T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2025-03-14T11:00:00Z");
    private static final ReportRange NINE_TO_ELEVEN = new ReportRange(NINE, ELEVEN);

    @Test
    void fillsEveryBucketOfEveryCurrencySoldAndTotalsPerCurrency() {
        SalesSummary summary = SalesSummary.of(new SummaryRequest(NINE_TO_ELEVEN, Granularity.HOUR, Optional.empty()),
                List.of(new SalesBucket(TEN, "USD", 1, 500, 2), new SalesBucket(NINE, "EUR", 2, 3000, 3),
                        new SalesBucket(TEN, "EUR", 1, 1000, 1)));

        assertThat(summary.series()).containsExactly(
                new SalesBucket(NINE, "EUR", 2, 3000, 3), SalesBucket.empty(NINE, "USD"),
                new SalesBucket(TEN, "EUR", 1, 1000, 1), new SalesBucket(TEN, "USD", 1, 500, 2));
        assertThat(summary.totals()).containsExactly(new SalesTotals("EUR", 3, 4000, 4), new SalesTotals("USD", 1, 500, 2));
        assertThat(summary.currency()).isNull();
    }

    @Test
    void aRequestedCurrencyGetsItsBucketsEvenWithoutSales() {
        SalesSummary summary = SalesSummary.of(new SummaryRequest(NINE_TO_ELEVEN, Granularity.HOUR, Optional.of("GBP")),
                List.of());

        assertThat(summary.series()).containsExactly(SalesBucket.empty(NINE, "GBP"), SalesBucket.empty(TEN, "GBP"));
        assertThat(summary.totals()).containsExactly(new SalesTotals("GBP", 0, 0, 0));
    }

    @Test
    void nothingSoldAndNoCurrencyNamedIsAnEmptySeries() {
        SalesSummary summary = SalesSummary.of(new SummaryRequest(NINE_TO_ELEVEN, Granularity.HOUR, Optional.empty()),
                List.of());

        assertThat(summary.series()).isEmpty();
        assertThat(summary.totals()).isEmpty();
    }
}
