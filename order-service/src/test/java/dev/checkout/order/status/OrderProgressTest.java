package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.checkout.order.status.Outcomes.done;
import static dev.checkout.order.status.Outcomes.entry;
import static dev.checkout.order.status.Outcomes.failed;
import static dev.checkout.order.status.Outcomes.FOLLOW_UPS;
import static dev.checkout.order.status.Outcomes.fraud;
import static dev.checkout.order.status.Outcomes.held;
import static dev.checkout.order.status.Outcomes.shipped;
import static org.assertj.core.api.Assertions.assertThat;

class OrderProgressTest {

    private static final Instant CONFIRMED_AT = Instant.parse("2025-11-22T09:30:00Z");
    private static final Duration DELAYED_AFTER = Duration.ofMinutes(2);

    @Test
    void aFollowUpWithoutAnOutcomeIsPendingUntilTheConfiguredTimeThenDelayed() {
        OrderProgress progress = new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED);
        progress.add(entry(3, done("email", CONFIRMED_AT.plusSeconds(1)), OrderStatus.CONFIRMED));

        Map<String, FollowUp> justInTime = progress.followUps(CONFIRMED_AT, CONFIRMED_AT.plus(DELAYED_AFTER),
                DELAYED_AFTER);
        Map<String, FollowUp> late = progress.followUps(CONFIRMED_AT, CONFIRMED_AT.plus(DELAYED_AFTER).plusMillis(1),
                DELAYED_AFTER);

        assertThat(justInTime.get("fraud").state()).isEqualTo(FollowUpState.PENDING);
        assertThat(late.get("fraud").state()).isEqualTo(FollowUpState.DELAYED);
        assertThat(late.get("analytics").changedAt()).isEqualTo(CONFIRMED_AT);
        assertThat(late.get("email").state()).isEqualTo(FollowUpState.DONE);
    }

    @Test
    void aFollowUpHasGotAsFarAsItsLatestOutcome() {
        OrderProgress progress = new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED);
        TimelineEntry failedFirst = entry(3, failed("email", CONFIRMED_AT), OrderStatus.CONFIRMED);
        TimelineEntry doneLater = entry(4, done("email", CONFIRMED_AT.plusSeconds(5)), OrderStatus.CONFIRMED);
        progress.add(failedFirst);
        progress.add(doneLater);

        assertThat(progress.progressOf("email")).isEqualTo(doneLater.progress());
        assertThat(progress.progressOf("fraud")).isEqualTo(Progress.NONE);
    }

    @Test
    void anOrderThatWasNeverConfirmedHasNoFollowUps() {
        assertThat(new OrderProgress(FOLLOW_UPS, OrderStatus.PAYMENT_DECLINED).followUps(null, CONFIRMED_AT, DELAYED_AFTER))
                .isEmpty();
    }

    @Test
    void isSettledOnceEveryFollowUpIsFinalAndNoReviewIsPending() {
        OrderProgress progress = new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED);
        progress.add(entry(3, done("email", CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(4, failed("analytics", CONFIRMED_AT), OrderStatus.CONFIRMED));
        assertThat(progress.isSettled()).isFalse();

        progress.add(entry(5, fraud("REJECT", false, CONFIRMED_AT), OrderStatus.ON_HOLD));
        assertThat(progress.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(progress.isSettled()).as("a REJECT by the rules waits for a reviewer").isFalse();

        progress.add(entry(6, held("fraud_review", false, CONFIRMED_AT), OrderStatus.ON_HOLD));
        progress.add(entry(7, fraud("REJECT", true, CONFIRMED_AT.plusSeconds(60)), OrderStatus.ON_HOLD));
        assertThat(progress.isSettled()).as("fulfilment still waits for the reviewer's decision").isFalse();

        progress.add(entry(8, held("fraud_rejected", true, CONFIRMED_AT.plusSeconds(61)), OrderStatus.ON_HOLD));
        assertThat(progress.isSettled()).isTrue();
    }

    @Test
    void theRulesClearingAnOrderNeedsNoReview() {
        OrderProgress progress = new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED);
        progress.add(entry(3, done("email", CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(4, done("analytics", CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(5, fraud("CLEAR", false, CONFIRMED_AT), OrderStatus.CONFIRMED));
        assertThat(progress.isSettled()).as("fulfilment has no outcome yet").isFalse();

        progress.add(entry(6, shipped("WH-1", CONFIRMED_AT), OrderStatus.CONFIRMED));
        assertThat(progress.isSettled()).isTrue();
    }

    @Test
    void showsEveryConfiguredFollowUpInItsOrderWithWhatItsLatestOutcomeTold() {
        OrderProgress progress = new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED);
        progress.add(entry(3, held("fraud_review", false, CONFIRMED_AT), OrderStatus.CONFIRMED));

        Map<String, FollowUp> heldFirst = progress.followUps(CONFIRMED_AT, CONFIRMED_AT, DELAYED_AFTER);
        assertThat(heldFirst).containsOnlyKeys(FOLLOW_UPS);
        assertThat(heldFirst.keySet()).containsExactlyElementsOf(FOLLOW_UPS);
        assertThat(heldFirst.get("fulfilment").state()).isEqualTo(FollowUpState.HELD);
        assertThat(heldFirst.get("fulfilment").hold()).isEqualTo(new FollowUpHold("fraud_review", false));

        progress.add(entry(4, shipped("WH-3F2A9C1B", CONFIRMED_AT.plusSeconds(5)), OrderStatus.CONFIRMED));
        FollowUp shippedLater = progress.followUps(CONFIRMED_AT, CONFIRMED_AT, DELAYED_AFTER).get("fulfilment");
        assertThat(shippedLater.state()).isEqualTo(FollowUpState.DONE);
        assertThat(shippedLater.reference()).isEqualTo("WH-3F2A9C1B");
        assertThat(shippedLater.hold()).isNull();
    }

    @Test
    void followUpsAreTheConfiguredOnesOnly() {
        OrderProgress progress = new OrderProgress(List.of("email"), OrderStatus.CONFIRMED);
        progress.add(entry(3, done("email", CONFIRMED_AT), OrderStatus.CONFIRMED));

        assertThat(progress.followUps(CONFIRMED_AT, CONFIRMED_AT, DELAYED_AFTER)).containsOnlyKeys("email");
        assertThat(progress.isSettled()).isTrue();
    }

    @Test
    void anOrderDeclinedOrCancelledIsSettledAndOneAwaitingPaymentIsNot() {
        assertThat(new OrderProgress(FOLLOW_UPS, OrderStatus.PAYMENT_DECLINED).isSettled()).isTrue();
        assertThat(new OrderProgress(FOLLOW_UPS, OrderStatus.CANCELLED).isSettled()).isTrue();
        assertThat(new OrderProgress(FOLLOW_UPS, OrderStatus.PENDING_PAYMENT).isSettled()).isFalse();
        assertThat(new OrderProgress(FOLLOW_UPS, OrderStatus.CONFIRMED).isSettled()).isFalse();
    }
}
