package dev.checkout.fulfilment.shipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * An order's shipment as the API shows it: its state, and the warehouse's reference once requested. The fraud
 * decision behind a hold is not shown (its reason code is: {@code fraud_review}); support reads it in the fraud worker.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Shipment")
public record ShipmentView(
        UUID id,
        UUID orderId,
        ShipmentState state,
        @Schema(description = "The warehouse's shipment reference, once REQUESTED.", examples = "WH-3F2A9C1B")
        String reference,
        Instant requestedAt,
        @Schema(description = "When HELD or CANCELLED: fraud_review or fraud_rejected; when FAILED: why, e.g. "
                + "warehouse_address_refused.")
        String reasonCode,
        Instant createdAt,
        Instant updatedAt) {

    static ShipmentView of(Shipment shipment) {
        String reason = switch (shipment.state()) {
            case HELD, CANCELLED -> shipment.fraudDecision().holdReason();
            case FAILED -> shipment.failureReason();
            default -> null;
        };
        return new ShipmentView(shipment.id(), shipment.orderId(), shipment.state(), shipment.warehouseReference(),
                shipment.requestedAt(), reason, shipment.createdAt(), shipment.updatedAt());
    }
}
