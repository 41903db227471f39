package dev.checkout.order.status;

import dev.checkout.order.checkout.OrderStatus;

import java.time.Instant;
import java.util.UUID;

/** Outcomes and timeline entries for unit tests, without a database. */
final class Outcomes {

    static final UUID ORDER = UUID.randomUUID();

    private Outcomes() {
    }

    static Outcome done(FollowUpName followUp, Instant occurredAt) {
        String type = switch (followUp) {
            case EMAIL -> "email.sent";
            case FRAUD -> Outcome.FRAUD_ASSESSED;
            case ANALYTICS -> "analytics.recorded";
        };
        FraudAssessment assessment = followUp == FollowUpName.FRAUD ? assessment("CLEAR", false) : null;
        return new Outcome(ORDER, type, followUp, FollowUpState.DONE, UUID.randomUUID(), occurredAt, assessment, null);
    }

    static Outcome failed(FollowUpName followUp, Instant occurredAt) {
        return new Outcome(ORDER, followUp.key() + ".failed", followUp, FollowUpState.FAILED, UUID.randomUUID(),
                occurredAt, null, new FollowUpFailure("database_unavailable", 4));
    }

    static Outcome fraud(String decision, boolean reviewed, Instant occurredAt) {
        return new Outcome(ORDER, Outcome.FRAUD_ASSESSED, FollowUpName.FRAUD, FollowUpState.DONE, UUID.randomUUID(),
                occurredAt, assessment(decision, reviewed), null);
    }

    static FraudAssessment assessment(String decision, boolean reviewed) {
        return new FraudAssessment(decision, reviewed);
    }

    static TimelineEntry entry(int seq, Outcome outcome, OrderStatus status) {
        TimelineEntry entry = TimelineEntry.outcome(outcome, status);
        entry.number(ORDER, seq, outcome.occurredAt());
        return entry;
    }
}
