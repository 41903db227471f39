package dev.checkout.order.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The catalog as stored. */
@ApplicationScoped
public class Products implements PanacheRepositoryBase<Product, String> {

    private static final String BY_SKU = """
            select sku, name, price_minor, currency, stock from product where sku = any($1)""";

    private final Pool pool;

    Products(Pool pool) {
        this.pool = pool;
    }

    /** The products with these SKUs, as the checkout prices them (on the SQL client, outside any transaction). */
    public Uni<Map<String, Product>> bySku(Collection<String> skus) {
        return pool.preparedQuery(BY_SKU).execute(Tuple.of(skus.toArray(String[]::new))).map(rows -> {
            Map<String, Product> found = new HashMap<>();
            for (Row row : rows) {
                found.put(row.getString("sku"), new Product(row.getString("sku"), row.getString("name"),
                        row.getLong("price_minor"), row.getString("currency"), row.getInteger("stock")));
            }
            return found;
        });
    }

    Uni<List<Product>> page(int page, int size) {
        return findAll(Sort.by("sku")).page(page, size).list();
    }
}
