package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemException;

import java.util.List;
import java.util.Map;

/** The cart's products are priced in more than one currency; an order is paid in one. */
final class MixedCurrencies extends ProblemException {

    private final List<String> currencies;

    MixedCurrencies(List<String> currencies) {
        super(422, "mixed_currencies", "Mixed currencies",
                "The cart's products are priced in " + String.join(" and ", currencies) + "; order them separately.");
        this.currencies = List.copyOf(currencies);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currencies", currencies);
    }
}
