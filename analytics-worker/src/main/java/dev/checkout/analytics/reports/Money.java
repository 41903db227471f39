package dev.checkout.analytics.reports;

/** An amount in a currency's minor unit (cents for EUR). */
public record Money(String currency, long amountMinor) {
}
