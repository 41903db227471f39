package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.RiskSignal;
import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The worker's outcome events ({@code fraud.assessed}, {@code fraud.failed} v1, see the contracts), recorded in the
 * caller's transaction so that they commit with what they report.
 */
@ApplicationScoped
public class AssessmentOutcomes {

    static final String ASSESSED = "fraud.assessed";
    static final String FAILED = "fraud.failed";

    private final Outbox outbox;

    AssessmentOutcomes(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The assessment as it stands: the rules' ({@code final: false}) or, once reviewed, the reviewer's. */
    public Uni<Void> assessed(FraudAssessment assessment) {
        JsonObject body = new JsonObject()
                .put("decision", assessment.decision().name())
                .put("score", assessment.score())
                .put("reasons", new JsonArray(assessment.reasons().stream().map(AssessmentOutcomes::reason).toList()))
                .put("final", assessment.isReviewed());
        if (assessment.isReviewed()) {
            body.put("reviewedBy", assessment.reviewedBy());
            if (assessment.reviewNote() != null) {
                body.put("note", assessment.reviewNote());
            }
        }
        String orderId = assessment.orderId().toString();
        return outbox.record(OutgoingEvent.of(ASSESSED, 1, orderId,
                new JsonObject().put("orderId", orderId).put("assessment", body)));
    }

    Uni<Void> failed(String orderId, String reasonCode, String message, int attempts) {
        return outbox.record(OutgoingEvent.of(FAILED, 1, orderId, new JsonObject()
                .put("orderId", orderId)
                .put("failure", new JsonObject()
                        .put("reasonCode", reasonCode)
                        .put("message", message)
                        .put("attempts", attempts))));
    }

    private static JsonObject reason(RiskSignal signal) {
        return new JsonObject().put("rule", signal.rule()).put("detail", signal.detail()).put("weight", signal.weight());
    }
}
