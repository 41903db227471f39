package dev.checkout.order.status;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static dev.checkout.order.status.Outcomes.done;
import static dev.checkout.order.status.Outcomes.failed;
import static dev.checkout.order.status.Outcomes.fraud;
import static dev.checkout.order.status.Outcomes.held;
import static dev.checkout.order.status.Outcomes.shipped;
import static org.assertj.core.api.Assertions.assertThat;

/** What "newer" means for a follow-up's outcomes, which decides what arrives late and changes nothing. */
class ProgressTest {

    private static final Instant EARLIER = Instant.parse("2025-11-22T09:30:00Z");
    private static final Instant LATER = EARLIER.plusSeconds(60);

    @Test
    void anyOutcomeMovesAPendingFollowUpForward() {
        assertThat(failed("email", EARLIER).progress().supersedes(Progress.NONE)).isTrue();
        assertThat(done("email", EARLIER).progress().supersedes(Progress.NONE)).isTrue();
    }

    @Test
    void aFailureNeverUndoesWorkThatWasDoneButASuccessAfterAReplayEndsAFailure() {
        Progress sent = done("email", EARLIER).progress();
        Progress failedLater = failed("email", LATER).progress();

        assertThat(failedLater.supersedes(sent)).isFalse();
        assertThat(sent.supersedes(failedLater)).isTrue();
    }

    @Test
    void aHoldIsAWaitThatAnyConclusionEndsAndThatEndsNoConclusion() {
        Progress onHold = held("fraud_review", false, LATER).progress();
        Progress shippedEarlier = shipped("WH-1", EARLIER).progress();
        Progress failedEarlier = failed("fulfilment", EARLIER).progress();

        assertThat(onHold.supersedes(Progress.NONE)).isTrue();
        assertThat(shippedEarlier.supersedes(onHold)).isTrue();
        assertThat(failedEarlier.supersedes(onHold)).isTrue();
        assertThat(onHold.supersedes(shippedEarlier)).isFalse();
        assertThat(held("fraud_rejected", true, LATER.plusSeconds(1)).progress().supersedes(onHold)).isTrue();
    }

    @Test
    void withinTheSameRankTheLaterOutcomeWins() {
        Progress review = fraud("REVIEW", false, EARLIER).progress();
        Progress reject = fraud("REJECT", false, LATER).progress();

        assertThat(reject.supersedes(review)).isTrue();
        assertThat(review.supersedes(reject)).isFalse();
    }

    @Test
    void theRulesNeverOverruleAReviewer() {
        Progress reviewed = fraud("CLEAR", true, EARLIER).progress();

        assertThat(fraud("REJECT", false, LATER).progress().supersedes(reviewed)).isFalse();
        assertThat(reviewed.supersedes(fraud("REJECT", false, LATER).progress())).isTrue();
    }

    @Test
    void theSameOutcomeIsNeverNewerThanItself() {
        Outcome sent = done("email", EARLIER);

        assertThat(sent.progress().supersedes(sent.progress())).isFalse();
    }

    @Test
    void twoOutcomesOfTheSameInstantEndTheSameWayInEitherOrder() {
        Progress one = new Progress(2, EARLIER, UUID.randomUUID());
        Progress other = new Progress(2, EARLIER, UUID.randomUUID());

        assertThat(one.supersedes(other)).isNotEqualTo(other.supersedes(one));
    }
}
