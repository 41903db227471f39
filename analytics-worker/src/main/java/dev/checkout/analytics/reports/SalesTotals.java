package dev.checkout.analytics.reports;

/** Sales in one currency over a whole report range. */
public record SalesTotals(String currency, long orders, long revenueMinor, long units) {

    SalesTotals plus(SalesBucket bucket) {
        return new SalesTotals(currency, orders + bucket.orders(), revenueMinor + bucket.revenueMinor(),
                units + bucket.units());
    }
}
