package dev.checkout.fraud.assessment;

import dev.checkout.problem.ProblemException;

import java.util.Map;

/** No assessment for this order: unknown to the worker, not assessed yet, or its event was parked. */
public final class AssessmentNotFound extends ProblemException {

    private final String orderId;

    public AssessmentNotFound(String orderId) {
        super(404, "assessment_not_found", "Assessment not found", "No assessment for order " + orderId + ".");
        this.orderId = orderId;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("orderId", orderId);
    }
}
