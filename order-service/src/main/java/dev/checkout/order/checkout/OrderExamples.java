package dev.checkout.order.checkout;

import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.Orders;
/** Order requests and answers, for the OpenAPI document. */
final class OrderExamples {

    static final String PLACE = """
            {"customer": {"id": "c-1001", "email": "ada@example.com", "name": "Ada Lovelace"},
             "lines": [{"sku": "MUG-001", "quantity": 2}],
             "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
             "payment": {"token": "tok_visa"}}""";

    static final String CONFIRMED = """
            {"id": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "status": "CONFIRMED",
             "customer": {"id": "c-1001", "email": "ada@example.com", "name": "Ada Lovelace"},
             "currency": "EUR", "totalMinor": 2400,
             "lines": [{"sku": "MUG-001", "name": "Fan-out coffee mug", "quantity": 2, "unitPriceMinor": 1200,
                        "lineTotalMinor": 2400}],
             "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
             "createdAt": "2025-11-22T09:30:00.123456Z",
             "followUps": {"email": {"state": "PENDING", "changedAt": "2025-11-22T09:30:00.234567Z"},
                           "fraud": {"state": "PENDING", "changedAt": "2025-11-22T09:30:00.234567Z"},
                           "analytics": {"state": "PENDING", "changedAt": "2025-11-22T09:30:00.234567Z"}}}""";

    static final String PLACE_WITH_CALLBACK = """
            {"customer": {"id": "c-1001", "email": "ada@example.com", "name": "Ada Lovelace"},
             "lines": [{"sku": "MUG-001", "quantity": 2}],
             "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
             "payment": {"token": "tok_visa"},
             "callbackUrl": "https://shop.example.com/hooks/orders"}""";

    static final String FOLLOWED_UP = """
            {"id": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "status": "CONFIRMED",
             "customer": {"id": "c-1001", "email": "ada@example.com", "name": "Ada Lovelace"},
             "currency": "EUR", "totalMinor": 2400,
             "lines": [{"sku": "MUG-001", "name": "Fan-out coffee mug", "quantity": 2, "unitPriceMinor": 1200,
                        "lineTotalMinor": 2400}],
             "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
             "createdAt": "2025-11-22T09:30:00.123456Z",
             "followUps": {
               "email": {"state": "DONE", "changedAt": "2025-11-22T09:30:01.512345Z"},
               "fraud": {"state": "DONE", "changedAt": "2025-11-22T09:30:00.911234Z",
                         "assessment": {"decision": "CLEAR", "final": false}},
               "analytics": {"state": "DELAYED", "changedAt": "2025-11-22T09:30:00.234567Z"}}}""";

    static final String ON_HOLD = """
            {"id": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "status": "ON_HOLD",
             "customer": {"id": "c-1001", "email": "ada@example.com", "name": "Ada Lovelace"},
             "currency": "EUR", "totalMinor": 240000,
             "lines": [{"sku": "MUG-001", "name": "Fan-out coffee mug", "quantity": 200, "unitPriceMinor": 1200,
                        "lineTotalMinor": 240000}],
             "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
             "createdAt": "2025-11-22T09:30:00.123456Z",
             "followUps": {
               "email": {"state": "FAILED", "changedAt": "2025-11-22T09:31:12.004321Z",
                         "failure": {"reasonCode": "smtp_unavailable", "attempts": 4}},
               "fraud": {"state": "DONE", "changedAt": "2025-11-22T09:30:00.911234Z",
                         "assessment": {"decision": "REJECT", "final": false}},
               "analytics": {"state": "DONE", "changedAt": "2025-11-22T09:30:00.702345Z"}}}""";

    static final String CALLBACK_URL_NOT_ALLOWED = """
            {"type": "https://checkout.dev/problems/callback_url_not_allowed", "title": "Callback URL not allowed",
             "status": 422, "code": "callback_url_not_allowed",
             "detail": "The callbackUrl is refused: its host 169.254.169.254 is not on the allow-list.",
             "errors": [{"field": "callbackUrl", "message": "its host 169.254.169.254 is not on the allow-list"}]}""";

    static final String PAGE = "{\"items\": [" + CONFIRMED + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String INVALID_IDEMPOTENCY_KEY = """
            {"type": "https://checkout.dev/problems/invalid_idempotency_key", "title": "Invalid Idempotency-Key",
             "status": 400, "code": "invalid_idempotency_key",
             "detail": "The Idempotency-Key header must be 1 to 255 printable ASCII characters, e.g. a UUID."}""";

    static final String INVALID_PAGING = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: size.",
             "errors": [{"field": "size", "message": "must be greater than or equal to 1"}]}""";

    static final String PAYMENT_DECLINED = """
            {"type": "https://checkout.dev/problems/payment_declined", "title": "Payment declined", "status": 402,
             "code": "payment_declined",
             "detail": "The card was declined (insufficient_funds); nothing was charged. Try another card.",
             "orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "declineCode": "insufficient_funds"}""";

    static final String ORDER_NOT_FOUND = """
            {"type": "https://checkout.dev/problems/order_not_found", "title": "Order not found", "status": 404,
             "code": "order_not_found", "detail": "No order has id 1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11."}""";

    static final String OUT_OF_STOCK = """
            {"type": "https://checkout.dev/problems/out_of_stock", "title": "Out of stock", "status": 409,
             "code": "out_of_stock", "detail": "Not enough stock for MUG-001.", "skus": ["MUG-001"]}""";

    static final String KEY_IN_USE = """
            {"type": "https://checkout.dev/problems/idempotency_key_in_use", "title": "Request in progress",
             "status": 409, "code": "idempotency_key_in_use",
             "detail": "A request with this Idempotency-Key is still being processed; retry once it has finished."}""";

    static final String UNKNOWN_SKU = """
            {"type": "https://checkout.dev/problems/unknown_sku", "title": "Unknown product", "status": 422,
             "code": "unknown_sku", "detail": "The catalog has no MUG-404.", "skus": ["MUG-404"]}""";

    static final String MIXED_CURRENCIES = """
            {"type": "https://checkout.dev/problems/mixed_currencies", "title": "Mixed currencies", "status": 422,
             "code": "mixed_currencies",
             "detail": "The cart's products are priced in EUR and USD; order them separately.",
             "currencies": ["EUR", "USD"]}""";

    static final String NOTHING_TO_PAY = """
            {"type": "https://checkout.dev/problems/nothing_to_pay", "title": "Nothing to pay", "status": 422,
             "code": "nothing_to_pay",
             "detail": "The cart's total is 0 EUR; free products are ordered together with at least one product\
             that has a price.", "skus": ["STICKER-001"]}""";

    static final String KEY_REUSED = """
            {"type": "https://checkout.dev/problems/idempotency_key_reused", "title": "Idempotency-Key reused",
             "status": 422, "code": "idempotency_key_reused",
             "detail": "This Idempotency-Key was used with a different request body; use a new key for a new request."}""";

    static final String PAYMENT_UNAVAILABLE = """
            {"type": "https://checkout.dev/problems/payment_unavailable", "title": "Payment unavailable",
             "status": 503, "code": "payment_unavailable",
             "detail": "The payment provider cannot be reached right now; nothing was charged. Try again shortly."}""";

    static final String PAYMENT_OUTCOME_UNKNOWN = """
            {"type": "https://checkout.dev/problems/payment_outcome_unknown", "title": "Payment outcome unknown",
             "status": 503, "code": "payment_outcome_unknown",
             "detail": "The payment provider did not confirm the charge in time. Repeat the request with the same Idempotency-Key to complete it; you will not be charged twice.",
             "orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11"}""";

    static final String OVERLOADED = """
            {"type": "https://checkout.dev/problems/overloaded", "title": "Overloaded", "status": 503,
             "code": "overloaded",
             "detail": "Orders are accepted faster than they can be handed on; nothing was reserved or charged. Try again shortly."}""";

    private OrderExamples() {
    }
}
