package dev.checkout.order.catalog;

import dev.checkout.problem.ProblemException;

import java.util.List;
import java.util.Map;

/** Not enough stock for some SKUs of a cart; nothing was reserved. */
public final class OutOfStock extends ProblemException {

    private final List<String> skus;

    OutOfStock(List<String> skus) {
        super(409, "out_of_stock", "Out of stock", "Not enough stock for " + String.join(", ", skus) + ".");
        this.skus = List.copyOf(skus);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("skus", skus);
    }

    @Override
    public boolean isFinal() {
        return true;
    }
}
