package dev.checkout.order.checkout;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Bounds how many checkouts run at once (overload protection), with a short, bounded queue in front. A checkout
 * beyond the bound waits for its turn, first come first served, for at most {@code max-wait}; when the queue is full,
 * or its wait runs out, it is refused with 503 and Retry-After before any work starts. The admitted ones thus never
 * queue behind hundreds of others for a database connection, and neither do the health checks, the relay or the
 * consumer (the bound is a little above the pool's size, see application.properties); and a burst of a few hundred
 * clients is served at the pace the database allows rather than refused, since refusing costs CPU too, and a client
 * told to retry comes back.
 * <p>
 * An admitted checkout runs to its end even if its client goes away (a timeout, a closed connection): cancelling it
 * half-way could leave a charged order unsettled. A client that goes away while waiting simply leaves the queue.
 * <p>
 * Hand-written rather than Fault Tolerance's {@code @Bulkhead}: its queue has no bounded wait, and a cancelled
 * subscriber would cancel the checkout too.
 */
@ApplicationScoped
class InFlightCheckouts {

    private final CheckoutConfig.InFlight limits;
    private final Vertx vertx;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Turn> queue = new ArrayDeque<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();

    InFlightCheckouts(CheckoutConfig config, Vertx vertx, MeterRegistry registry) {
        this.limits = config.inFlight();
        this.vertx = vertx;
        registry.gauge("checkout.in.flight", running);
        registry.gauge("checkout.waiting", waiting);
    }

    /** Whether a checkout arriving now would be refused; a cheap look, without taking a place. */
    boolean full() {
        return running.get() >= limits.max() && waiting.get() >= limits.queue();
    }

    Overloaded refusal() {
        return Overloaded.busy(limits.retryAfter());
    }

    <T> Uni<T> run(Supplier<Uni<T>> checkout) {
        return Uni.createFrom().emitter(emitter -> {
            Turn turn = new Turn(Vertx.currentContext(), () -> start(checkout, emitter));
            switch (admit(turn)) {
                case RUN -> turn.start.run();
                case REFUSED -> emitter.fail(refusal());
                case QUEUED -> {
                    turn.timer = vertx.setTimer(limits.maxWait().toMillis(), id -> {
                        if (withdraw(turn)) {
                            emitter.fail(refusal());
                        }
                    });
                    // Also called once the checkout ends; by then the turn has left the queue and this does nothing.
                    emitter.onTermination(() -> withdraw(turn));
                }
            }
        });
    }

    private <T> void start(Supplier<Uni<T>> checkout, UniEmitter<? super T> emitter) {
        Uni<T> work;
        try {
            work = checkout.get();
        } catch (RuntimeException e) {
            release();
            emitter.fail(e);
            return;
        }
        // Subscribed on its own: the emitter's cancellation only drops the answer, never the work.
        work.onTermination().invoke(this::release).subscribe().with(emitter::complete, emitter::fail);
    }

    private Admission admit(Turn turn) {
        lock.lock();
        try {
            if (running.get() < limits.max()) {
                running.incrementAndGet();
                return Admission.RUN;
            }
            if (queue.size() >= limits.queue()) {
                return Admission.REFUSED;
            }
            queue.addLast(turn);
            waiting.incrementAndGet();
            return Admission.QUEUED;
        } finally {
            lock.unlock();
        }
    }

    /** Ends a checkout: its place goes to the first one waiting, if any. */
    private void release() {
        Turn next;
        lock.lock();
        try {
            next = queue.pollFirst();
            if (next == null) {
                running.decrementAndGet();
            } else {
                waiting.decrementAndGet();
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.begin(vertx);
        }
    }

    /** Takes a turn out of the queue; false if it had left it already (started, refused or withdrawn). */
    private boolean withdraw(Turn turn) {
        lock.lock();
        try {
            if (!queue.remove(turn)) {
                return false;
            }
            waiting.decrementAndGet();
        } finally {
            lock.unlock();
        }
        vertx.cancelTimer(turn.timer);
        return true;
    }

    private enum Admission { RUN, QUEUED, REFUSED }

    /** A checkout waiting for its place; it starts on the Vert.x context of its own request. */
    private static final class Turn {

        private final Context context;
        private final Runnable start;
        private volatile long timer = -1;

        Turn(Context context, Runnable start) {
            this.context = context;
            this.start = start;
        }

        void begin(Vertx vertx) {
            vertx.cancelTimer(timer);
            if (context == null) {
                start.run();
            } else {
                context.runOnContext(ignored -> start.run());
            }
        }
    }
}
