package dev.checkout.order.catalog;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reserves and releases stock inside the caller's transaction. A reservation is a conditional decrement
 * ({@code stock >= quantity}), so two shoppers can never both take the last item.
 */
@ApplicationScoped
public class Stock {

    private final Products products;

    Stock(Products products) {
        this.products = products;
    }

    /**
     * Takes every quantity or fails with {@link OutOfStock} naming each SKU that is short; the caller's transaction
     * then rolls back what was taken.
     */
    public Uni<Void> reserve(Map<String, Integer> quantities) {
        Instant now = Instant.now();
        // A fixed order of row locks: two carts with the same SKUs in another order cannot deadlock.
        return Multi.createFrom().iterable(sorted(quantities).entrySet())
                .onItem().transformToUniAndConcatenate(line -> products
                        .update("stock = stock - ?1, updatedAt = ?2 where sku = ?3 and stock >= ?1",
                                line.getValue(), now, line.getKey())
                        .map(updated -> new Taken(line.getKey(), updated == 1)))
                .filter(taken -> !taken.enough())
                .map(Taken::sku)
                .collect().asList()
                .invoke(shortSkus -> {
                    if (!shortSkus.isEmpty()) {
                        throw new OutOfStock(shortSkus);
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> release(Map<String, Integer> quantities) {
        Instant now = Instant.now();
        return Multi.createFrom().iterable(sorted(quantities).entrySet())
                .onItem().transformToUniAndConcatenate(line -> products
                        .update("stock = stock + ?1, updatedAt = ?2 where sku = ?3", line.getValue(), now,
                                line.getKey()))
                .collect().last()
                .replaceWithVoid();
    }

    private record Taken(String sku, boolean enough) {
    }

    private static SortedMap<String, Integer> sorted(Map<String, Integer> quantities) {
        return new TreeMap<>(quantities);
    }
}
