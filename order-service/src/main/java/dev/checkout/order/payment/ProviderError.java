package dev.checkout.order.payment;

/** The provider answered with an error status other than a decline. */
public class ProviderError extends RuntimeException {

    private final int status;

    public ProviderError(int status) {
        super("payment provider answered HTTP " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ProviderError of(int status) {
        return status >= 500 ? new ServerError(status) : new ProviderError(status);
    }

    /** A 5xx: the provider failed, possibly after it charged; retried with the same idempotency key. */
    public static final class ServerError extends ProviderError {

        ServerError(int status) {
            super(status);
        }
    }
}
