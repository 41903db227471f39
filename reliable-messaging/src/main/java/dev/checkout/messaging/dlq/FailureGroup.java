package dev.checkout.messaging.dlq;

import java.time.Instant;
import java.util.List;

/** Parked messages that failed for the same cause: same exception type and the same message once normalised. */
public record FailureGroup(String id, String exceptionType, String message, String reason, int count,
                           Instant oldestFailedAt, Instant newestFailedAt, List<String> messageIds) {
}
