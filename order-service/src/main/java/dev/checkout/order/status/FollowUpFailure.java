package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a worker gave up on a follow-up, as it reported it (contracts/failure.v1.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "FollowUpFailure")
public record FollowUpFailure(
        @Schema(description = "Stable, machine-readable reason.", examples = "smtp_recipient_rejected")
        String reasonCode,
        @Schema(description = "Human-readable detail, for support.") String message,
        @Schema(description = "How many times the worker tried.", examples = "4") int attempts) {
}
