package dev.checkout.order.payment.simulator;

/** The simulator's requests and answers, for the OpenAPI document. */
final class SimulatorExamples {

    static final String CHARGE_REQUEST = """
            {"amountMinor": 2400, "currency": "EUR", "token": "tok_visa",
             "description": "Order 1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11"}""";

    static final String CHARGE = """
            {"id": "ch_3f9a1c0b7e4d4a2b9c8d7e6f", "status": "succeeded", "amountMinor": 2400, "currency": "EUR",
             "card": {"brand": "visa", "last4": "4242", "country": "US"}, "created": "2025-11-22T09:30:00Z"}""";

    static final String FOUND = "{\"data\": [" + CHARGE + "]}";

    static final String NONE = """
            {"data": []}""";

    static final String CARD_DECLINED = """
            {"type": "https://checkout.dev/problems/card_declined", "title": "Card declined", "status": 402,
             "code": "card_declined", "detail": "The card was declined: insufficient_funds.",
             "declineCode": "insufficient_funds", "chargeId": "ch_0c1d2e3f4a5b6c7d8e9f0a1b"}""";

    static final String KEY_REUSED = """
            {"type": "https://checkout.dev/problems/idempotency_key_reused", "title": "Idempotency key reused",
             "status": 422, "code": "idempotency_key_reused",
             "detail": "This Idempotency-Key was used for another charge."}""";

    static final String OUTAGE = """
            {"type": "https://checkout.dev/problems/service_unavailable", "title": "Service unavailable",
             "status": 503, "code": "service_unavailable",
             "detail": "The payment provider simulator failed on purpose; nothing was charged."}""";

    static final String OFF = """
            {"type": "https://checkout.dev/problems/not_found", "title": "Not Found", "status": 404,
             "code": "not_found", "detail": "No such resource."}""";

    static final String INVALID_CHARGE = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: amountMinor.",
             "errors": [{"field": "amountMinor", "message": "must be greater than or equal to 1"}]}""";

    static final String KEY_MISSING = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: idempotencyKey.",
             "errors": [{"field": "idempotencyKey", "message": "must not be blank"}]}""";

    private SimulatorExamples() {
    }
}
