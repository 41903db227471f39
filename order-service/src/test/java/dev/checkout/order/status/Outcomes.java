package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outcomes and timeline entries for unit tests, without a database. */
final class Outcomes {

    static final UUID ORDER = UUID.randomUUID();

    /** The follow-ups of these tests: the three of application.properties and one that can be held. */
    static final List<String> FOLLOW_UPS = List.of("email", "fraud", "analytics", "fulfilment");

    private Outcomes() {
    }

    static Outcome done(String followUp, Instant occurredAt) {
        String type = switch (followUp) {
            case "email" -> "email.sent";
            case "fraud" -> "fraud.assessed";
            case "analytics" -> "analytics.recorded";
            default -> followUp + ".done";
        };
        FraudAssessment assessment = followUp.equals("fraud") ? assessment("CLEAR", false) : null;
        return outcome(type, followUp, FollowUpState.DONE, occurredAt,
                OutcomeDetail.of(assessment, null, null, null));
    }

    static Outcome failed(String followUp, Instant occurredAt) {
        return outcome(followUp + ".failed", followUp, FollowUpState.FAILED, occurredAt,
                OutcomeDetail.of(null, new FollowUpFailure("database_unavailable", 4), null, null));
    }

    static Outcome fraud(String decision, boolean reviewed, Instant occurredAt) {
        return outcome("fraud.assessed", "fraud", FollowUpState.DONE, occurredAt,
                OutcomeDetail.of(assessment(decision, reviewed), null, null, null));
    }

    static Outcome shipped(String reference, Instant occurredAt) {
        return outcome("fulfilment.requested", "fulfilment", FollowUpState.DONE, occurredAt,
                OutcomeDetail.of(null, null, null, reference));
    }

    static Outcome held(String reasonCode, boolean isFinal, Instant occurredAt) {
        return outcome("fulfilment.held", "fulfilment", FollowUpState.HELD, occurredAt,
                OutcomeDetail.of(null, null, new FollowUpHold(reasonCode, isFinal), null));
    }

    private static Outcome outcome(String type, String followUp, FollowUpState state, Instant occurredAt,
                                   OutcomeDetail detail) {
        return new Outcome(ORDER, type, followUp, state, UUID.randomUUID(), occurredAt, detail);
    }

    static FraudAssessment assessment(String decision, boolean reviewed) {
        return new FraudAssessment(decision, reviewed);
    }

    static TimelineEntry entry(int seq, Outcome outcome, OrderStatus status) {
        TimelineEntry entry = TimelineEntry.outcome(outcome, status);
        entry.number(ORDER, seq, outcome.occurredAt());
        return entry;
    }

    /** A follow-up as order-status.follow-ups[n] configures it. */
    static StatusConfig.FollowUpDefinition definition(String name, List<String> done, List<String> failed,
                                                      List<String> held) {
        return new StatusConfig.FollowUpDefinition() {
            public String name() {
                return name;
            }

            public List<String> done() {
                return done;
            }

            public List<String> failed() {
                return failed;
            }

            public Optional<List<String>> held() {
                return held.isEmpty() ? Optional.empty() : Optional.of(held);
            }
        };
    }
}
