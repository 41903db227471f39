package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * The cart's total is zero: every product in it is free. The payment provider charges at least one minor unit, and
 * an order is confirmed by its payment, so such a cart cannot be ordered alone; sending it again cannot help, so it
 * is not a 503.
 */
final class NothingToPay extends ProblemException {

    private final List<String> skus;

    NothingToPay(String currency, List<String> skus) {
        super(422, "nothing_to_pay", "Nothing to pay", "The cart's total is 0 " + currency
                + "; free products are ordered together with at least one product that has a price.");
        this.skus = List.copyOf(skus);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("skus", skus);
    }
}
