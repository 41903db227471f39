package dev.checkout.order.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the catalog, ordered by SKU. */
@Schema(name = "ProductPage")
public record ProductPage(List<ProductView> items, int page, int size, long total) {
}
