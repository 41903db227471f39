package dev.checkout.fulfilment.shipment;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The worker's outcome events ({@code fulfilment.requested}, {@code fulfilment.held}, {@code fulfilment.failed} v1,
 * see the contracts), recorded in the caller's transaction so that they commit with what they report.
 */
@ApplicationScoped
class FulfilmentOutcomes {

    static final String REQUESTED = "fulfilment.requested";
    static final String HELD = "fulfilment.held";
    static final String FAILED = "fulfilment.failed";

    private final Outbox outbox;

    FulfilmentOutcomes(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The warehouse accepted the shipment; {@code reference} is the warehouse's, as order-service shows it. */
    Uni<Void> requested(Shipment shipment) {
        return record(REQUESTED, shipment, new JsonObject()
                .put("shipmentId", shipment.id().toString())
                .put("reference", shipment.warehouseReference())
                .put("requestedAt", shipment.requestedAt().toString()));
    }

    /** The fraud review holds the order; final when a reviewer rejected it and it is never shipped. */
    Uni<Void> held(Shipment shipment, FraudDecision decision) {
        return record(HELD, shipment, new JsonObject()
                .put("shipmentId", shipment.id().toString())
                .put("hold", new JsonObject()
                        .put("reasonCode", decision.holdReason())
                        .put("final", decision.cancels())));
    }

    Uni<Void> failed(Shipment shipment) {
        return record(FAILED, shipment, new JsonObject()
                .put("shipmentId", shipment.id().toString())
                .put("failure", new JsonObject()
                        .put("reasonCode", shipment.failureReason())
                        .put("message", shipment.failureMessage())
                        .put("attempts", Math.max(1, shipment.attempts()))));
    }

    private Uni<Void> record(String type, Shipment shipment, JsonObject fields) {
        String orderId = shipment.orderId().toString();
        return outbox.record(OutgoingEvent.of(type, 1, orderId, fields.put("orderId", orderId)));
    }
}
