package dev.checkout.order.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog as stored. */
@ApplicationScoped
public class Products implements PanacheRepositoryBase<Product, String> {

    public Uni<Map<String, Product>> bySku(Collection<String> skus) {
        return list("sku in ?1", skus)
                .map(found -> found.stream().collect(Collectors.toMap(Product::sku, Function.identity())));
    }

    Uni<List<Product>> page(int page, int size) {
        return findAll(Sort.by("sku")).page(page, size).list();
    }
}
