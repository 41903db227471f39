package dev.checkout.order.checkout;

import dev.checkout.order.orders.Orders;
import dev.checkout.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

/** The service refuses a new order before doing anything for it: nothing was reserved or charged. */
final class Overloaded extends ProblemException {

    private final Duration retryAfter;

    private Overloaded(String detail, Duration retryAfter) {
        super(503, "overloaded", "Overloaded", detail);
        this.retryAfter = retryAfter;
    }

    /** Confirmed orders are waiting to be handed on; new ones are refused until they are. */
    static Overloaded backlog(Duration retryAfter) {
        return new Overloaded("Orders are accepted faster than they can be handed on; nothing was reserved or "
                + "charged. Try again shortly.", retryAfter);
    }

    /** As many checkouts as the service takes at once are already running. */
    static Overloaded busy(Duration retryAfter) {
        return new Overloaded("Too many orders are being placed at this moment; nothing was reserved or charged. "
                + "Try again shortly.", retryAfter);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
