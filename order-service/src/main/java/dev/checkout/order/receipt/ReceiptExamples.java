package dev.checkout.order.receipt;

/** Examples for the receipt's OpenAPI answers. */
final class ReceiptExamples {

    static final String PDF = "%PDF-1.7 … (the receipt attached to the order's confirmation email)";

    static final String ORDER_NOT_FOUND = """
            {"type": "https://checkout.dev/problems/order_not_found", "title": "Order not found", "status": 404,
             "code": "order_not_found", "detail": "No order has id 1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11."}""";

    static final String RECEIPT_NOT_FOUND = """
            {"type": "https://checkout.dev/problems/receipt_not_found", "title": "Receipt not found", "status": 404,
             "code": "receipt_not_found", "detail": "Order 1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11 has no receipt yet; \
            it comes with the confirmation email (the order's email follow-up)."}""";

    static final String RECEIPT_UNAVAILABLE = """
            {"type": "https://checkout.dev/problems/receipt_unavailable", "title": "Receipt unavailable",
             "status": 503, "code": "receipt_unavailable",
             "detail": "The service that keeps the receipts cannot be reached right now. Try again shortly."}""";

    private ReceiptExamples() {
    }
}
