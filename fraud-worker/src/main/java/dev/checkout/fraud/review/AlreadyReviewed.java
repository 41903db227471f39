package dev.checkout.fraud.review;

import dev.checkout.problem.ProblemException;
import dev.checkout.fraud.assessment.FraudAssessment;

import java.util.Map;

/** A reviewer's decision is final: an order is reviewed once. */
public final class AlreadyReviewed extends ProblemException {

    private final FraudAssessment assessment;

    AlreadyReviewed(FraudAssessment assessment) {
        super(409, "already_reviewed", "Already reviewed", "Order " + assessment.orderId() + " was already reviewed by "
                + assessment.reviewedBy() + " (" + assessment.decision() + ").");
        this.assessment = assessment;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("orderId", assessment.orderId().toString(), "decision", assessment.decision().name(),
                "reviewedBy", assessment.reviewedBy(), "reviewedAt", assessment.reviewedAt().toString());
    }
}
