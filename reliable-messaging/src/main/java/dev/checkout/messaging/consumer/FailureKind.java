package dev.checkout.messaging.consumer;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** What a failure means for the message that caused it. */
public enum FailureKind {
    /** Park at once: no retry can help. */
    PERMANENT,
    /** The handler's dependency is down: hold the message and pause the consumer. */
    DOWNSTREAM_DOWN,
    /** Retry later through the delay tiers. */
    TRANSIENT;

    public static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PermanentFailure) {
                return PERMANENT;
            }
            if (t instanceof DownstreamUnavailable || t instanceof CircuitBreakerOpenException) {
                return DOWNSTREAM_DOWN;
            }
        }
        return TRANSIENT;
    }
}
