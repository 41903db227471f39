package dev.checkout.fraud.review;

/** Review requests and their problems, for the OpenAPI document. */
final class ReviewExamples {

    static final String REQUEST = """
            {"decision": "CLEAR", "note": "Called the customer; ships to her holiday home."}""";

    static final String INVALID = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: decision.",
             "errors": [{"field": "decision", "message": "must be CLEAR or REJECT"}]}""";

    static final String ALREADY_REVIEWED = """
            {"type": "https://checkout.dev/problems/already_reviewed", "title": "Already reviewed", "status": 409,
             "code": "already_reviewed",
             "detail": "Order 1f0e2d3c-4b5a-4697-8877-665544332211 was already reviewed by fred (CLEAR).",
             "orderId": "1f0e2d3c-4b5a-4697-8877-665544332211", "decision": "CLEAR", "reviewedBy": "fred",
             "reviewedAt": "2025-03-15T10:11:42.108Z"}""";

    private ReviewExamples() {
    }
}
