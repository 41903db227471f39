package dev.checkout.fraud.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.checkout.fraud.rules.RiskSignal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An assessment as the API shows it. */
@Schema(name = "Assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(
        UUID orderId,
        String customerId,
        @Schema(description = "The reviewer's decision once reviewed (final), the rules' until then.")
        Decision decision,
        @Schema(description = "Sum of the weights of the rules that fired.")
        int score,
        @Schema(description = "The rules that fired, heaviest first; empty when none did.")
        List<RiskSignal> reasons,
        @JsonProperty("final") @Schema(description = "True once a reviewer has decided.")
        boolean isFinal,
        @Schema(description = "The rules' decision, kept when a reviewer's supersedes it.")
        Decision rulesDecision,
        Instant assessedAt,
        @Schema(description = "Present once reviewed.")
        Review review) {

    public record Review(String reviewedBy,
                         @Schema(description = "The reviewer's note; null when they left none.", nullable = true)
                         String note,
                         Instant reviewedAt) {
    }

    public static AssessmentView of(FraudAssessment assessment) {
        return new AssessmentView(assessment.orderId(), assessment.customerId(), assessment.decision(),
                assessment.score(), assessment.reasons(), assessment.isReviewed(), assessment.rulesDecision(),
                assessment.assessedAt(), assessment.isReviewed()
                ? new Review(assessment.reviewedBy(), assessment.reviewNote(), assessment.reviewedAt()) : null);
    }
}
