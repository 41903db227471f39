package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Where one follow-up of an order stands, as {@code GET /orders/{id}} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FollowUp")
public record FollowUp(
        FollowUpState state,
        @Schema(description = "When the state last changed; for a follow-up still pending, when the order was "
                + "confirmed.")
        Instant changedAt,
        @Schema(description = "Fraud only, once assessed: the decision, and whether it is a reviewer's (final).")
        FraudAssessment assessment,
        @Schema(description = "When FAILED: why the worker gave up.")
        FollowUpFailure failure,
        @Schema(description = "When HELD: what the worker waits for, and whether that wait is final.")
        FollowUpHold hold,
        @Schema(description = "The worker's reference for what it did, when it tells one: for fulfilment, the "
                + "warehouse's shipment reference.", examples = "WH-3F2A9C1B")
        String reference) {
}
