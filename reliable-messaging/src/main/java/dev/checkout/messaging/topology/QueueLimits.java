package dev.checkout.messaging.topology;

import java.time.Duration;
import java.util.List;

/** The tunable part of a consumer's queues. */
public interface QueueLimits {

    /** Messages a queue holds before the broker refuses (nacks) further publishes. */
    long maxLength();

    /** Deliveries of one message (crashes, requeues) before the broker parks it itself. */
    int deliveryLimit();

    /** The delayed-retry tiers, in order. */
    List<Duration> retryDelays();
}
