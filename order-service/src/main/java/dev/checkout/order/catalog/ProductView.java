package dev.checkout.order.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A product as the API shows it. */
@Schema(name = "Product")
public record ProductView(String sku, String name, long priceMinor, String currency, int stock, Instant updatedAt) {

    static ProductView of(Product product) {
        return new ProductView(product.sku(), product.name(), product.priceMinor(), product.currency(),
                product.stock(), product.updatedAt());
    }
}
