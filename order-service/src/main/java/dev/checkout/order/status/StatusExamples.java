package dev.checkout.order.status;

/** Order status answers, for the OpenAPI document. */
public final class StatusExamples {

    /** A change as POSTed to a callback URL (and as the data of a streamed event). */
    public static final String CHANGE = """
            {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 4, "type": "fraud.assessed",
             "at": "2025-11-22T09:30:00.911234Z", "status": "CONFIRMED", "followUp": "fraud", "state": "DONE",
             "occurredAt": "2025-11-22T09:30:00.874Z",
             "assessment": {"decision": "REJECT", "final": false}}""";

    static final String TIMELINE = """
            {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "status": "CONFIRMED", "entries": [
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 1, "type": "order.received",
               "at": "2025-11-22T09:30:00.123456Z", "status": "PENDING_PAYMENT"},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 2, "type": "order.confirmed",
               "at": "2025-11-22T09:30:00.234567Z", "status": "CONFIRMED"},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 3, "type": "analytics.recorded",
               "at": "2025-11-22T09:30:00.702345Z", "status": "CONFIRMED", "followUp": "analytics", "state": "DONE",
               "occurredAt": "2025-11-22T09:30:00.688Z"},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 4, "type": "fraud.assessed",
               "at": "2025-11-22T09:30:00.911234Z", "status": "CONFIRMED", "followUp": "fraud", "state": "DONE",
               "occurredAt": "2025-11-22T09:30:00.874Z",
               "assessment": {"decision": "REJECT", "final": false}},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 5, "type": "order.on_hold",
               "at": "2025-11-22T09:30:00.911234Z", "status": "ON_HOLD"},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 6, "type": "email.failed",
               "at": "2025-11-22T09:31:12.004321Z", "status": "ON_HOLD", "followUp": "email", "state": "FAILED",
               "occurredAt": "2025-11-22T09:31:11.950Z",
               "failure": {"reasonCode": "smtp_unavailable", "attempts": 4}},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 7, "type": "fraud.assessed",
               "at": "2025-11-22T11:02:40.100200Z", "status": "ON_HOLD", "followUp": "fraud", "state": "DONE",
               "occurredAt": "2025-11-22T11:02:40.051Z",
               "assessment": {"decision": "CLEAR", "final": true}},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 8, "type": "order.hold_released",
               "at": "2025-11-22T11:02:40.100200Z", "status": "CONFIRMED"},
              {"orderId": "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11", "seq": 9, "type": "webhook.delivered",
               "at": "2025-11-22T11:02:40.310000Z", "status": "CONFIRMED",
               "webhook": {"seq": 8, "attempts": 1, "responseStatus": 204}}]}""";

    static final String EVENTS = """
            id: 3
            event: analytics.recorded
            data: {"orderId":"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11","seq":3,"type":"analytics.recorded","at":"2025-11-22T09:30:00.702345Z","status":"CONFIRMED","followUp":"analytics","state":"DONE","occurredAt":"2025-11-22T09:30:00.688Z"}

            id: 4
            event: email.sent
            data: {"orderId":"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11","seq":4,"type":"email.sent","at":"2025-11-22T09:30:01.512345Z","status":"CONFIRMED","followUp":"email","state":"DONE","occurredAt":"2025-11-22T09:30:01.497Z"}

            id: 5
            event: fraud.assessed
            data: {"orderId":"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11","seq":5,"type":"fraud.assessed","at":"2025-11-22T09:30:01.911234Z","status":"CONFIRMED","followUp":"fraud","state":"DONE","occurredAt":"2025-11-22T09:30:01.874Z","assessment":{"decision":"CLEAR","final":false}}

            event: end
            data: {"orderId":"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11","status":"CONFIRMED"}

            """;

    static final String INVALID_LAST_EVENT_ID = """
            {"type": "https://checkout.dev/problems/invalid_last_event_id", "title": "Invalid Last-Event-ID",
             "status": 400, "code": "invalid_last_event_id",
             "detail": "Last-Event-ID must be the id of an event of this stream (a whole number), not 'abc'."}""";

    static final String ORDER_NOT_FOUND = """
            {"type": "https://checkout.dev/problems/order_not_found", "title": "Order not found", "status": 404,
             "code": "order_not_found", "detail": "No order has id 1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11."}""";

    private StatusExamples() {
    }
}
