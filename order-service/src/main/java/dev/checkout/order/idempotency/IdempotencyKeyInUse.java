package dev.checkout.order.idempotency;

import dev.checkout.problem.ProblemException;

/** A request with this key is still being processed. */
final class IdempotencyKeyInUse extends ProblemException {

    IdempotencyKeyInUse() {
        super(409, "idempotency_key_in_use", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry once it has finished.");
    }
}
