package dev.checkout.order.catalog;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stock beyond the checkout's own statement (checkout.PlacedOrders, which takes it): names what was short when that
 * statement failed, and puts back what an order that will not be paid took, inside the caller's transaction.
 */
@ApplicationScoped
public class Stock {

    private static final String SHORT = """
            select product.sku from product join unnest($1::varchar[], $2::int[]) as wanted (sku, quantity) using (sku)
             where product.stock < wanted.quantity order by product.sku""";
    private static final String PUT_BACK = "update product set stock = stock + $2, updated_at = now() where sku = $1";

    private final Pool pool;

    Stock(Pool pool) {
        this.pool = pool;
    }

    /**
     * Fails with {@link OutOfStock} naming each SKU whose stock is below the quantity wanted (or, if they were
     * restocked meanwhile, every SKU wanted: they were short a moment ago).
     */
    public <T> Uni<T> shortage(Map<String, Integer> quantities) {
        TreeMap<String, Integer> wanted = new TreeMap<>(quantities);
        return pool.preparedQuery(SHORT)
                .execute(Tuple.of(wanted.keySet().toArray(String[]::new), wanted.values().toArray(Integer[]::new)))
                .map(rows -> {
                    List<String> shortSkus = new ArrayList<>();
                    rows.forEach(row -> shortSkus.add(row.getString("sku")));
                    throw new OutOfStock(shortSkus.isEmpty() ? List.copyOf(wanted.keySet()) : shortSkus);
                });
    }

    /** In SKU order, as every statement that locks several products: two of them cannot deadlock. */
    public Uni<Void> release(SqlConnection connection, Map<String, Integer> quantities) {
        return connection.preparedQuery(PUT_BACK).executeBatch(bySku(quantities)).replaceWithVoid();
    }

    private static List<Tuple> bySku(Map<String, Integer> quantities) {
        return new TreeMap<>(quantities).entrySet().stream()
                .map(line -> Tuple.of(line.getKey(), line.getValue()))
                .toList();
    }
}
