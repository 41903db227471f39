package dev.checkout.fulfilment.shipment;

/** Answers of the shipments API, for the OpenAPI document. */
final class ShipmentExamples {

    static final String REQUESTED = """
            {"id": "5b0e6f1e-4c1d-4a53-9d1e-0c6a3c1f2a77", "orderId": "1f0e2d3c-4b5a-4697-8877-665544332211",
             "state": "REQUESTED", "reference": "WH-3F2A9C1B", "requestedAt": "2025-11-22T09:30:01.512345Z",
             "createdAt": "2025-11-22T09:30:00.912345Z", "updatedAt": "2025-11-22T09:30:01.512345Z"}""";

    static final String HELD = """
            [{"id": "5b0e6f1e-4c1d-4a53-9d1e-0c6a3c1f2a77", "orderId": "1f0e2d3c-4b5a-4697-8877-665544332211",
              "state": "HELD", "reasonCode": "fraud_review", "createdAt": "2025-11-22T09:30:00.912345Z",
              "updatedAt": "2025-11-22T09:30:00.912345Z"}]""";

    static final String NOT_FOUND = """
            {"type": "https://checkout.dev/problems/shipment_not_found", "title": "Shipment not found", "status": 404,
             "code": "shipment_not_found", "detail": "No shipment 5b0e6f1e-4c1d-4a53-9d1e-0c6a3c1f2a77."}""";

    static final String INVALID_ORDER_ID = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: orderId.",
             "errors": [{"field": "orderId", "message": "must be a UUID"}]}""";

    private ShipmentExamples() {
    }
}
