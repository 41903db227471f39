package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The fraud decision with its reasons, as the fraud worker reported it (contracts/fraud.assessed.v1.schema.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FraudAssessment")
public record FraudAssessment(
        @Schema(enumeration = {"CLEAR", "REVIEW", "REJECT"}) String decision,
        int score,
        @Schema(description = "The rules that fired; empty when none did.") List<Reason> reasons,
        @JsonProperty("final")
        @Schema(description = "True for a reviewer's decision, false for the rules' decision.") boolean isFinal,
        String reviewedBy,
        String note) {

    static final String CLEAR = "CLEAR";
    static final String REJECT = "REJECT";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String rule, String detail, int weight) {
    }

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
