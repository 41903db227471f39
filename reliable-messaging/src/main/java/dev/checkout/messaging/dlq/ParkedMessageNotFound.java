package dev.checkout.messaging.dlq;

import dev.checkout.problem.ProblemException;

/** No message with that id is parked (it may have been replayed or discarded since). */
final class ParkedMessageNotFound extends ProblemException {

    ParkedMessageNotFound(String consumer, String messageId) {
        super(404, "parked_message_not_found", "Parked message not found",
                "No message " + messageId + " is parked for consumer " + consumer);
    }
}
