package dev.checkout.order.catalog;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reserves and releases stock inside the caller's transaction. A reservation is a conditional decrement
 * ({@code stock >= quantity}), so two shoppers can never both take the last item. Every SKU's statement goes in one
 * batch, one round trip, in SKU order: two carts with the same SKUs in another order cannot deadlock.
 */
@ApplicationScoped
public class Stock {

    private static final String TAKE = """
            update product set stock = stock - $2, updated_at = now() where sku = $1 and stock >= $2""";
    private static final String PUT_BACK = "update product set stock = stock + $2, updated_at = now() where sku = $1";

    /**
     * Takes every quantity or fails with {@link OutOfStock} naming each SKU that is short; the caller's transaction
     * then rolls back what was taken.
     */
    public Uni<Void> reserve(SqlConnection connection, Map<String, Integer> quantities) {
        List<Tuple> lines = bySku(quantities);
        return connection.preparedQuery(TAKE).executeBatch(lines).invoke(results -> {
            List<String> shortSkus = new ArrayList<>();
            RowSet<?> result = results;
            for (Tuple line : lines) {
                if (result.rowCount() == 0) {
                    shortSkus.add(line.getString(0));
                }
                result = result.next();
            }
            if (!shortSkus.isEmpty()) {
                throw new OutOfStock(shortSkus);
            }
        }).replaceWithVoid();
    }

    public Uni<Void> release(SqlConnection connection, Map<String, Integer> quantities) {
        return connection.preparedQuery(PUT_BACK).executeBatch(bySku(quantities)).replaceWithVoid();
    }

    private static List<Tuple> bySku(Map<String, Integer> quantities) {
        return new TreeMap<>(quantities).entrySet().stream()
                .map(line -> Tuple.of(line.getKey(), line.getValue()))
                .toList();
    }
}
