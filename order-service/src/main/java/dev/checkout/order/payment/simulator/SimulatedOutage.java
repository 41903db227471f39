package dev.checkout.order.payment.simulator;

import dev.checkout.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

/** The simulator failing on purpose ({@code payment.simulator.error-rate}); nothing was charged. */
final class SimulatedOutage extends ProblemException {

    SimulatedOutage() {
        super(503, "service_unavailable", "Service unavailable",
                "The payment provider simulator failed on purpose; nothing was charged.");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(Duration.ofSeconds(1));
    }
}
