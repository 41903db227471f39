package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.PermanentFailure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A worker's outcome for one order, read from its event (email.sent, fraud.assessed, analytics.failed, ...; see
 * contracts/). The event already passed its JSON Schema; only what the order status needs is read (tolerant reader):
 * what the event carries of a fraud decision ({@code assessment}), a failure, a hold or the worker's reference for
 * what it did. Which follow-up it moves, and to which state, is configuration ({@link FollowUpCatalog}).
 */
record Outcome(UUID orderId, String type, String followUp, FollowUpState state, UUID eventId, Instant occurredAt,
               OutcomeDetail detail) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(UUID eventId, String occurredAt, UUID orderId, FraudAssessment assessment, FollowUpFailure failure,
                 FollowUpHold hold, String reference) {
    }

    static Outcome of(IncomingEvent incoming, FollowUpCatalog catalog) {
        String type = incoming.eventType();
        FollowUpCatalog.Meaning meaning = catalog.meaningOf(type).orElseThrow(() -> new PermanentFailure(
                "unknown_outcome", "no follow-up in order-status.follow-ups is moved by " + type));
        Event event = incoming.mapTo(Event.class);
        return new Outcome(event.orderId(), type, meaning.followUp(), meaning.state(), event.eventId(),
                instant(event.occurredAt()),
                OutcomeDetail.of(event.assessment(), event.failure(), event.hold(), event.reference()));
    }

    FraudAssessment assessment() {
        return detail.assessment();
    }

    Progress progress() {
        return Progress.of(state, assessment(), occurredAt, eventId);
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
