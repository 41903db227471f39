package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.PermanentFailure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A worker's outcome for one order, read from its event (email.sent, fraud.assessed, analytics.failed, ...; see
 * contracts/). The event already passed its JSON Schema; only what the order status needs is read (tolerant reader).
 */
record Outcome(UUID orderId, String type, FollowUpName followUp, FollowUpState state, UUID eventId,
               Instant occurredAt, FraudAssessment assessment, FollowUpFailure failure) {

    static final String FRAUD_ASSESSED = "fraud.assessed";

    /** The outcome events order-service consumes (deploy/rabbitmq/definitions.json binds exactly these). */
    static final List<String> TYPES = List.of("email.sent", "email.failed", FRAUD_ASSESSED, "fraud.failed",
            "analytics.recorded", "analytics.failed");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(UUID eventId, String occurredAt, UUID orderId, FraudAssessment assessment, FollowUpFailure failure) {
    }

    static Outcome of(IncomingEvent incoming) {
        Event event = incoming.mapTo(Event.class);
        String type = incoming.eventType();
        FollowUpState state = type.endsWith(".failed") ? FollowUpState.FAILED : FollowUpState.DONE;
        return new Outcome(event.orderId(), type, FollowUpName.ofEventType(type), state, event.eventId(),
                instant(event.occurredAt()), event.assessment(), event.failure());
    }

    Progress progress() {
        return Progress.of(state, assessment, occurredAt, eventId);
    }

    /** To the microsecond, as PostgreSQL keeps it: the same event must compare equal to its recorded self. */
    private static Instant instant(String rfc3339) {
        try {
            return OffsetDateTime.parse(rfc3339).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new PermanentFailure("unreadable_occurred_at",
                    "occurredAt is not an RFC 3339 date-time: " + rfc3339, e);
        }
    }
}
