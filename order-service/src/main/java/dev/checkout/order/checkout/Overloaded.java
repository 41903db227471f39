package dev.checkout.order.checkout;

import dev.checkout.order.api.ProblemException;

import java.time.Duration;
import java.util.Optional;

/** Confirmed orders are waiting to be handed on; new ones are refused until they are. Nothing was reserved. */
final class Overloaded extends ProblemException {

    private final Duration retryAfter;

    Overloaded(Duration retryAfter) {
        super(503, "overloaded", "Overloaded",
                "Orders are accepted faster than they can be handed on; nothing was reserved or charged. "
                        + "Try again shortly.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
