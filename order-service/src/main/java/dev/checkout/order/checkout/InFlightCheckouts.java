package dev.checkout.order.checkout;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds how many checkouts run at once (overload protection). Beyond the bound a checkout is refused with 503 and
 * Retry-After before any work starts, so that under any load the admitted ones finish quickly and never queue
 * behind hundreds of others for a database connection, and neither do the health checks, the relay or the consumer
 * (the bound is a little above the pool's size, see application.properties).
 * <p>
 * An admitted checkout runs to its end even if its client goes away (a timeout, a closed connection): cancelling it
 * half-way would cut off a Hibernate Reactive transaction in the middle, closing its session from another context
 * while the connection still holds a live transaction, and could leave a charged order unsettled.
 */
@ApplicationScoped
class InFlightCheckouts {

    private final AtomicInteger running = new AtomicInteger();
    private final CheckoutConfig.InFlight limits;

    InFlightCheckouts(CheckoutConfig config, MeterRegistry registry) {
        this.limits = config.inFlight();
        registry.gauge("checkout.in.flight", running);
    }

    /** Whether a checkout arriving now would be refused; a cheap look, without taking a place. */
    boolean full() {
        return running.get() >= limits.max();
    }

    Overloaded refusal() {
        return Overloaded.busy(limits.retryAfter());
    }

    <T> Uni<T> run(Supplier<Uni<T>> checkout) {
        return Uni.createFrom().emitter(emitter -> {
            if (running.incrementAndGet() > limits.max()) {
                running.decrementAndGet();
                emitter.fail(refusal());
                return;
            }
            Uni<T> work;
            try {
                work = checkout.get();
            } catch (RuntimeException e) {
                running.decrementAndGet();
                emitter.fail(e);
                return;
            }
            // Subscribed on its own: the emitter's cancellation only drops the answer, never the work.
            work.onTermination().invoke(running::decrementAndGet)
                    .subscribe().with(emitter::complete, emitter::fail);
        });
    }
}
