package dev.checkout.messaging.consumer;

/** A failure no retry can fix (a business rule that can never pass, a message that makes no sense): parked at once. */
public class PermanentFailure extends RuntimeException {

    private final String reasonCode;

    public PermanentFailure(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public PermanentFailure(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    /** A stable, machine-readable reason (snake_case), shown in the parked message's headers. */
    public String reasonCode() {
        return reasonCode;
    }
}
