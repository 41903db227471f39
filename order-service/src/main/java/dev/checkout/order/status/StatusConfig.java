package dev.checkout.order.status;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How order status is reported: which follow-ups an order has, when one counts as delayed, the change notifications,
 * and webhooks.
 */
@ConfigMapping(prefix = "order-status")
public interface StatusConfig {

    /**
     * What follows a confirmed order, in the order the API shows them: each done by a worker that reports its outcome
     * as events. A new worker is a new entry here (and its outcome events bound to the order-status queue), not code.
     */
    List<FollowUpDefinition> followUps();

    interface FollowUpDefinition {

        /** As in the API ({@code followUps.<name>}). */
        String name();

        /** The outcome event types that mean the worker did it ({@code email.sent}). */
        List<String> done();

        /** The outcome event types that mean the worker gave up ({@code email.failed}). */
        List<String> failed();

        /** The outcome event types that mean the worker waits on a decision made elsewhere ({@code fulfilment.held}). */
        Optional<List<String>> held();
    }

    /**
     * A follow-up still pending this long after the order was confirmed shows DELAYED. Longer than a worker's retry
     * tiers (1s + 10s + 60s by default), so a follow-up that is merely being retried does not show as delayed.
     */
    @WithDefault("2m")
    Duration delayedAfter();

    Notifications notifications();

    Webhooks webhooks();

    /** PostgreSQL LISTEN for timeline entries and queued webhooks: wakes streams and dispatchers of every replica. */
    interface Notifications {

        /** How long to wait before listening again after the connection was lost. */
        @WithDefault("1s")
        Duration reconnectInterval();
    }

    interface Webhooks {

        /**
         * Hosts a callback URL may name: exact names, or {@code *.example.com} for any subdomain. Without it no
         * callback URL is accepted, so the service cannot be made to call arbitrary (internal) addresses.
         */
        Optional<Set<String>> allowedHosts();

        /**
         * Networks (CIDR) a callback host may resolve to although they are private, loopback or link-local: for
         * receivers on 127.0.0.1 in dev and test only. Never set in prod, where every such address is refused.
         */
        Optional<List<String>> allowedPrivateNetworks();

        /** Refuse plain http callback URLs. */
        @WithDefault("false")
        boolean requireHttps();

        /** Per attempt: connecting and waiting for the answer. */
        @WithDefault("5s")
        Duration timeout();

        /** How often due deliveries are looked for besides when one is queued: retries, and a safety net. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Exponential back-off between attempts, with jitter. */
        @WithDefault("1s")
        Duration minBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /** A delivery that has not succeeded this long after the change is given up, and that is recorded. */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** Deliveries claimed per pass, sent concurrently. */
        @WithDefault("20")
        @Min(1)
        @Max(500)
        int batchSize();
    }
}
