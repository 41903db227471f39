package dev.checkout.order.status;

import dev.checkout.order.checkout.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.checkout.order.status.Outcomes.done;
import static dev.checkout.order.status.Outcomes.entry;
import static dev.checkout.order.status.Outcomes.failed;
import static dev.checkout.order.status.Outcomes.fraud;
import static org.assertj.core.api.Assertions.assertThat;

class OrderProgressTest {

    private static final Instant CONFIRMED_AT = Instant.parse("2025-11-22T09:30:00Z");
    private static final Duration DELAYED_AFTER = Duration.ofMinutes(2);

    @Test
    void aFollowUpWithoutAnOutcomeIsPendingUntilTheConfiguredTimeThenDelayed() {
        OrderProgress progress = new OrderProgress(OrderStatus.CONFIRMED);
        progress.add(entry(3, done(FollowUpName.EMAIL, CONFIRMED_AT.plusSeconds(1)), OrderStatus.CONFIRMED));

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
    void anOrderThatWasNeverConfirmedHasNoFollowUps() {
        assertThat(new OrderProgress(OrderStatus.PAYMENT_DECLINED).followUps(null, CONFIRMED_AT, DELAYED_AFTER))
                .isEmpty();
    }

    @Test
    void isSettledOnceEveryFollowUpIsFinalAndNoReviewIsPending() {
        OrderProgress progress = new OrderProgress(OrderStatus.CONFIRMED);
        progress.add(entry(3, done(FollowUpName.EMAIL, CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(4, failed(FollowUpName.ANALYTICS, CONFIRMED_AT), OrderStatus.CONFIRMED));
        assertThat(progress.isSettled()).isFalse();

        progress.add(entry(5, fraud("REJECT", false, CONFIRMED_AT), OrderStatus.ON_HOLD));
        assertThat(progress.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(progress.isSettled()).as("a REJECT by the rules waits for a reviewer").isFalse();

        progress.add(entry(6, fraud("REJECT", true, CONFIRMED_AT.plusSeconds(60)), OrderStatus.ON_HOLD));
        assertThat(progress.isSettled()).isTrue();
    }

    @Test
    void theRulesClearingAnOrderNeedsNoReview() {
        OrderProgress progress = new OrderProgress(OrderStatus.CONFIRMED);
        progress.add(entry(3, done(FollowUpName.EMAIL, CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(4, done(FollowUpName.ANALYTICS, CONFIRMED_AT), OrderStatus.CONFIRMED));
        progress.add(entry(5, fraud("CLEAR", false, CONFIRMED_AT), OrderStatus.CONFIRMED));

        assertThat(progress.isSettled()).isTrue();
    }

    @Test
    void anOrderDeclinedOrCancelledIsSettledAndOneAwaitingPaymentIsNot() {
        assertThat(new OrderProgress(OrderStatus.PAYMENT_DECLINED).isSettled()).isTrue();
        assertThat(new OrderProgress(OrderStatus.CANCELLED).isSettled()).isTrue();
        assertThat(new OrderProgress(OrderStatus.PENDING_PAYMENT).isSettled()).isFalse();
        assertThat(new OrderProgress(OrderStatus.CONFIRMED).isSettled()).isFalse();
    }
}
