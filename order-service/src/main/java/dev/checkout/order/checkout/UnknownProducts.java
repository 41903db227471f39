package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemException;

import java.util.List;
import java.util.Map;

/** The cart names SKUs the catalog does not have. */
final class UnknownProducts extends ProblemException {

    private final List<String> skus;

    UnknownProducts(List<String> skus) {
        super(422, "unknown_sku", "Unknown product", "The catalog has no " + String.join(", ", skus) + ".");
        this.skus = List.copyOf(skus);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("skus", skus);
    }
}
