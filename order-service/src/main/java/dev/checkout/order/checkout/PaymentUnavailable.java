package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

/** The payment provider is down or its circuit is open; nothing was charged and nothing stays reserved. */
final class PaymentUnavailable extends ProblemException {

    private final Duration retryAfter;

    PaymentUnavailable(Duration retryAfter) {
        super(503, "payment_unavailable", "Payment unavailable",
                "The payment provider cannot be reached right now; nothing was charged. Try again shortly.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
