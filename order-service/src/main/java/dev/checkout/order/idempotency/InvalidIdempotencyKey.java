package dev.checkout.order.idempotency;

import dev.checkout.problem.ProblemException;

/** The Idempotency-Key header is empty, too long, or has characters other than printable ASCII. */
final class InvalidIdempotencyKey extends ProblemException {

    InvalidIdempotencyKey() {
        super(400, "invalid_idempotency_key", "Invalid Idempotency-Key",
                "The Idempotency-Key header must be 1 to 255 printable ASCII characters, e.g. a UUID.");
    }
}
