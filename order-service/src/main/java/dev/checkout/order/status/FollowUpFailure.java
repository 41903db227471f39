package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a worker gave up on a follow-up, as it reported it (contracts/failure.v1.schema.json), without its message:
 * that detail (a server's answer, a host name) is for support, who read it in the worker.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "FollowUpFailure")
public record FollowUpFailure(
        @Schema(description = "Stable, machine-readable reason.", examples = "smtp_recipient_rejected")
        String reasonCode,
        @Schema(description = "How many times the worker tried.", examples = "4") int attempts) {
}
