package dev.checkout.messaging.consumer;

/**
 * A dependency of the handler is known to be down (its circuit is open). The consumer keeps the message, stops
 * taking new ones, and tries again after {@code messaging.consumer.downstream-probe-interval}.
 */
public class DownstreamUnavailable extends RuntimeException {

    public DownstreamUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
