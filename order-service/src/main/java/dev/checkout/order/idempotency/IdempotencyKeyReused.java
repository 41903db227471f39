package dev.checkout.order.idempotency;

import dev.checkout.problem.ProblemException;

/** The key was first used with another request body: a client bug, never a retry. */
final class IdempotencyKeyReused extends ProblemException {

    IdempotencyKeyReused() {
        super(422, "idempotency_key_reused", "Idempotency-Key reused",
                "This Idempotency-Key was used with a different request body; use a new key for a new request.");
    }
}
