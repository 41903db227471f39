package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a worker waits on a decision made elsewhere, as it reported it (e.g. fulfilment held by the fraud review). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "FollowUpHold")
public record FollowUpHold(
        @Schema(description = "Stable, machine-readable reason.", examples = "fraud_review") String reasonCode,
        @JsonProperty("final")
        @Schema(description = "True when the wait is over for good: the follow-up will not be done "
                + "(e.g. a reviewer rejected the order, so it is never shipped).") boolean isFinal) {
}
