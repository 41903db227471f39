package dev.checkout.order.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * How far a follow-up has got, which decides whether an outcome is newer than the one recorded. Outcomes arrive in
 * any order and some twice; applying only a newer one moves a follow-up forward only, so the final state is the
 * same whatever the order of arrival. "Newer" compares, in this order:
 * <ol>
 *     <li>the rank of the state: PENDING &lt; HELD &lt; FAILED &lt; DONE &lt; DONE by a final (reviewer's) fraud
 *     decision. A hold is a wait that any conclusion ends; a failure never undoes work that was done (a failure
 *     reported before a replay from the dead-letter queue succeeded may arrive last), and the rules' fraud decision
 *     never undoes a reviewer's;</li>
 *     <li>within a rank, the outcome's {@code occurredAt}: a later fraud assessment supersedes an earlier one;</li>
 *     <li>the event id, so that even two outcomes of the same instant end the same way in any order. The same event
 *     twice is never newer than itself.</li>
 * </ol>
 */
record Progress(int rank, Instant occurredAt, UUID eventId) implements Comparable<Progress> {

    static final Progress NONE = new Progress(0, Instant.MIN, new UUID(0, 0));

    private static final Comparator<Progress> ORDER = Comparator.comparingInt(Progress::rank)
            .thenComparing(Progress::occurredAt)
            .thenComparing(Progress::eventId);

    static Progress of(FollowUpState state, FraudAssessment assessment, Instant occurredAt, UUID eventId) {
        return new Progress(rankOf(state, assessment), occurredAt, eventId);
    }

    private static int rankOf(FollowUpState state, FraudAssessment assessment) {
        return switch (state) {
            case PENDING, DELAYED -> 0;
            case HELD -> 1;
            case FAILED -> 2;
            case DONE -> assessment != null && assessment.isFinal() ? 4 : 3;
        };
    }

    boolean supersedes(Progress recorded) {
        return compareTo(recorded) > 0;
    }

    @Override
    public int compareTo(Progress other) {
        return ORDER.compare(this, other);
    }
}
