package dev.checkout.order.idempotency;

import java.util.UUID;

/**
 * The stable id of an idempotent request, the same for every retry with its key. {@code retried} is false when the
 * key was new (or had expired): then no earlier attempt can have left anything under this id.
 */
public record RequestId(UUID value, boolean retried) {
}
