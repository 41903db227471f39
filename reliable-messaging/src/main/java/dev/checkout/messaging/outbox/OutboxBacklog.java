package dev.checkout.messaging.outbox;

import java.time.Duration;

/** What the relay has not yet handed to the broker. */
public record OutboxBacklog(long pending, Duration oldestAge) {

    public static final OutboxBacklog EMPTY = new OutboxBacklog(0, Duration.ZERO);
}
