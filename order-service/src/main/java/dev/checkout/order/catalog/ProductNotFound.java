package dev.checkout.order.catalog;

import dev.checkout.problem.ProblemException;

/** No product has this SKU. */
final class ProductNotFound extends ProblemException {

    ProductNotFound(String sku) {
        super(404, "product_not_found", "Product not found", "No product has SKU " + sku + ".");
    }
}
