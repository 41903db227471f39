package dev.checkout.order.status;

import dev.checkout.problem.ProblemException;

/** A Last-Event-ID that no event of the stream could have had. */
final class InvalidLastEventId extends ProblemException {

    InvalidLastEventId(String value) {
        super(400, "invalid_last_event_id", "Invalid Last-Event-ID",
                "Last-Event-ID must be the id of an event of this stream (a whole number), not '" + value + "'.");
    }
}
