package dev.checkout.analytics.reports;

import java.util.List;

/** Orders shipped to one country over a range, and their revenue per currency. */
public record CountrySales(String country, long orders, List<Money> revenue) {
}
