package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The provider did not answer in time: the order stays PENDING_PAYMENT with its stock. Repeating the request with
 * the same Idempotency-Key settles it; otherwise the reconciler does.
 */
final class PaymentOutcomeUnknown extends ProblemException {

    private final UUID orderId;
    private final Duration retryAfter;

    PaymentOutcomeUnknown(UUID orderId, Duration retryAfter) {
        super(503, "payment_outcome_unknown", "Payment outcome unknown",
                "The payment provider did not confirm the charge in time. Repeat the request with the same "
                        + "Idempotency-Key to complete it; you will not be charged twice.");
        this.orderId = orderId;
        this.retryAfter = retryAfter;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("orderId", orderId);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
