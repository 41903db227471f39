package dev.checkout.fulfilment.shipment;

import java.time.Instant;

/**
 * The fraud review's decision on an order as {@code fraud.assessed} tells it: the rules' ({@code final: false}) or a
 * reviewer's ({@code final: true}), which releases or cancels an order the rules held.
 */
public record FraudDecision(String decision, boolean isFinal, Instant decidedAt) {

    static final String CLEAR = "CLEAR";
    static final String REJECT = "REJECT";

    /**
     * Whether this decision replaces {@code standing}: a reviewer's is never overruled by the rules, and among equals
     * the later one stands (events arrive in any order).
     */
    boolean supersedes(FraudDecision standing) {
        if (standing == null) {
            return true;
        }
        if (isFinal != standing.isFinal) {
            return isFinal;
        }
        return decidedAt.isAfter(standing.decidedAt);
    }

    boolean clears() {
        return CLEAR.equals(decision);
    }

    boolean cancels() {
        return isFinal && REJECT.equals(decision);
    }

    /** Why the order is held, as {@code fulfilment.held} says it. */
    String holdReason() {
        return REJECT.equals(decision) ? "fraud_rejected" : "fraud_review";
    }
}
