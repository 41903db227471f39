package dev.checkout.order.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** How the checkout protects itself and settles what it could not finish. */
@ConfigMapping(prefix = "checkout")
public interface CheckoutConfig {

    /** Retry-After for a 503 caused by the payment provider (unavailable, or its answer unknown). */
    @WithDefault("5s")
    Duration paymentRetryAfter();

    Backlog backlog();

    InFlight inFlight();

    Reconciler reconciler();

    /** Past either limit of unpublished order events, new orders are refused with 503 (back-pressure). */
    interface Backlog {

        @WithDefault("10000")
        @Min(0)
        long maxPending();

        @WithDefault("30m")
        Duration maxOldestAge();

        @WithDefault("30s")
        Duration retryAfter();
    }

    /**
     * Checkouts running at once, and how many more may wait for their turn and for how long; beyond that they are
     * refused with 503 before any work starts (overload protection).
     */
    interface InFlight {

        /** A little above the database pool's size: enough to keep every connection busy, few waiting for one. */
        @WithDefault("32")
        @Min(1)
        int max();

        /** Checkouts waiting for a place; 0 refuses at once. */
        @WithDefault("256")
        @Min(0)
        int queue();

        /** How long one may wait; a client should not wait much longer than a checkout takes under normal load. */
        @WithDefault("1s")
        Duration maxWait();

        @WithDefault("1s")
        Duration retryAfter();
    }

    /** Settles orders left PENDING_PAYMENT. */
    interface Reconciler {

        /** How often it runs (read by its {@code @Scheduled}); {@code off} stops it. */
        @WithDefault("1m")
        String every();

        /** Only orders nobody asked the provider about for this long; well above the payment timeout. */
        @WithDefault("10m")
        Duration pendingAge();

        @WithDefault("50")
        @Min(1)
        @Max(1000)
        int batchSize();
    }
}
