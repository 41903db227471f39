package dev.checkout.messaging.consumer;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * A service's way to say "consumer C handles routing keys K": implement it as a CDI bean and the library declares
 * {@code checkout.C} with its retry tiers and parking lot, consumes it, and calls {@link #handle} exactly once per
 * message id, inside a Hibernate Reactive transaction that also records the message as processed. Record outcome
 * events through the {@code Outbox} in the same transaction.
 * <p>
 * Throw {@link PermanentFailure} for what can never succeed (parked at once), {@link DownstreamUnavailable} (or let
 * a {@code CircuitBreakerOpenException} through) while a dependency is known to be down (the consumer pauses);
 * anything else is transient and goes through the retry tiers.
 */
public interface EventHandler {

    /** The consumer's name: its queue is {@code checkout.<name>}. */
    String consumer();

    /** The event types (routing keys on {@code checkout.events}) it handles. */
    List<String> routingKeys();

    Uni<Void> handle(IncomingEvent event);

    /**
     * Called once for each of this consumer's messages that was parked, in a transaction of its own, after the
     * parked copy is safely in the dead-letter queue: the place to record a failure outcome.
     */
    default Uni<Void> parked(ParkedEvent parked) {
        return Uni.createFrom().voidItem();
    }
}
