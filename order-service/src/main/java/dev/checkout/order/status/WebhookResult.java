package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the delivery of one change to the order's callback URL ended. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookResult")
public record WebhookResult(
        @Schema(description = "The timeline entry that was delivered (or given up).") int seq,
        int attempts,
        @Schema(description = "The receiver's HTTP status of the last attempt, if it answered.") Integer responseStatus,
        @Schema(description = "Why the last attempt failed.") String lastError) {
}
