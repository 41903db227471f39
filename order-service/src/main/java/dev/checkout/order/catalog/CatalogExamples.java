package dev.checkout.order.catalog;

/** Catalog requests and answers, for the OpenAPI document. */
final class CatalogExamples {

    static final String PRODUCT = """
            {"sku": "MUG-001", "name": "Fan-out coffee mug", "priceMinor": 1200, "currency": "EUR", "stock": 998,
             "updatedAt": "2025-11-22T09:30:00.123456Z"}""";

    static final String PAGE = """
            {"items": [{"sku": "MUG-001", "name": "Fan-out coffee mug", "priceMinor": 1200, "currency": "EUR",
                        "stock": 998, "updatedAt": "2025-11-22T09:30:00.123456Z"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String UPDATE = """
            {"name": "Fan-out coffee mug", "priceMinor": 1200, "currency": "EUR", "stock": 1000}""";

    static final String PRODUCT_NOT_FOUND = """
            {"type": "https://checkout.dev/problems/product_not_found", "title": "Product not found", "status": 404,
             "code": "product_not_found", "detail": "No product has SKU MUG-404."}""";

    static final String INVALID_PAGE = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: size.",
             "errors": [{"field": "size", "message": "must be less than or equal to 100"}]}""";

    static final String INVALID_PRODUCT = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: currency, priceMinor.",
             "errors": [{"field": "currency",
                         "message": "must be the ISO 4217 code of a currency in circulation, such as EUR"},
                        {"field": "priceMinor", "message": "must be greater than or equal to 0"}]}""";

    private CatalogExamples() {
    }
}
