package dev.checkout.order.receipt;

import dev.checkout.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

/** The email-worker, which keeps the receipts, cannot be reached or keeps failing; the receipt itself is safe. */
final class ReceiptUnavailable extends ProblemException {

    private final Duration retryAfter;

    ReceiptUnavailable(Duration retryAfter) {
        super(503, "receipt_unavailable", "Receipt unavailable",
                "The service that keeps the receipts cannot be reached right now. Try again shortly.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
