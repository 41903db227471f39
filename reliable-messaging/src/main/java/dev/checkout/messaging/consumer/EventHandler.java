package dev.checkout.messaging.consumer;

import io.smallrye.mutiny.Uni;

/**
 * A service's way to say "consumer C handles these events": implement it as a CDI bean, configure the connector
 * channel {@code C} (queue {@code checkout.C}, its routing keys) and hand its messages to
 * {@link Consumers#receive}; the library declares the retry tiers and calls {@link #handle} exactly once per
 * message id, inside a Hibernate Reactive transaction that also records the message as processed ({@link
 * SqlEventHandler}: a transaction on the SQL client). Record outcome events through the {@code Outbox} in the same
 * transaction.
 * <p>
 * Throw {@link PermanentFailure} for what can never succeed (parked at once), {@link DownstreamUnavailable} (or let
 * a {@code CircuitBreakerOpenException} through) while a dependency is known to be down (the consumer pauses);
 * anything else is transient and goes through the retry tiers.
 */
public interface EventHandler {

    /** The consumer's name, which is its incoming channel's: its queue is {@code checkout.<name>}. */
    String consumer();

    Uni<Void> handle(IncomingEvent event);

    /**
     * Called once for each of this consumer's messages that was parked, in a transaction of its own, after the
     * parked copy is safely in the dead-letter queue: the place to record a failure outcome.
     */
    default Uni<Void> parked(ParkedEvent parked) {
        return Uni.createFrom().voidItem();
    }
}
