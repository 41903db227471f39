package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutboxBacklog;
import dev.checkout.order.api.CallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Back-pressure (DESIGN.md §6): when the outbox holds more unpublished events than configured, or has held one
 * for too long, the broker or the workers are not keeping up, and a new order is refused before anything is
 * reserved or charged rather than accepted with no way to hand it on.
 */
@ApplicationScoped
class BacklogLimit {

    private final Outbox outbox;
    private final CheckoutConfig.Backlog limits;

    BacklogLimit(Outbox outbox, CheckoutConfig config) {
        this.outbox = outbox;
        this.limits = config.backlog();
    }

    Uni<Void> admit() {
        // The backlog is one cached answer shared by all requests, delivered on whichever context measured it.
        return outbox.backlog()
                .plug(CallerContext.resume())
                .invoke(backlog -> {
                    if (exceeded(backlog, limits.maxPending(), limits.maxOldestAge())) {
                        throw Overloaded.backlog(limits.retryAfter());
                    }
                })
                .replaceWithVoid();
    }

    static boolean exceeded(OutboxBacklog backlog, long maxPending, Duration maxOldestAge) {
        return backlog.pending() > maxPending || backlog.oldestAge().compareTo(maxOldestAge) > 0;
    }
}
