package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fraud decision, as much of the fraud worker's assessment (contracts/fraud.assessed.v1.schema.json) as
 * order-service keeps and shows: the score, the rules that fired with their weights, the reviewer and their note are
 * read past, so they are neither stored here nor shown in the order view, the timeline, the stream or webhooks
 * (whoever sees an order must not learn how to get past the rules; support reads them in the fraud worker).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FraudAssessment")
public record FraudAssessment(
        @Schema(enumeration = {"CLEAR", "REVIEW", "REJECT"}) String decision,
        @JsonProperty("final")
        @Schema(description = "True for a reviewer's decision, false for the rules' decision.") boolean isFinal) {

    static final String CLEAR = "CLEAR";
    static final String REJECT = "REJECT";

    /** A REJECT holds a confirmed order. */
    boolean holdsTheOrder() {
        return REJECT.equals(decision);
    }

    /** Only a reviewer's CLEAR releases a held order. */
    boolean releasesTheHold() {
        return isFinal && CLEAR.equals(decision);
    }

    /**
     * Whether nothing more is to be decided: a reviewer's decision, or the rules clearing the order. A REVIEW or
     * REJECT by the rules waits for a reviewer.
     */
    boolean isSettled() {
        return isFinal || CLEAR.equals(decision);
    }
}
