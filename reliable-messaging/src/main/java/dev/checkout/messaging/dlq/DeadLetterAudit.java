package dev.checkout.messaging.dlq;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps who replayed or discarded which parked message, when and why, in the service's own database. */
@ApplicationScoped
public class DeadLetterAudit {

    private static final String INSERT = """
            insert into dead_letter_audit (consumer, message_id, action, actor, reason, failure, body)
            values ($1, $2, $3, $4, $5, $6, $7)""";

    private final Pool pool;

    DeadLetterAudit(Pool pool) {
        this.pool = pool;
    }

    Uni<Void> replayed(String consumer, ParkedMessage message, String actor) {
        return record(consumer, message, "REPLAY", actor, null);
    }

    /** The body is kept too: once discarded, this record is all that is left of the message. */
    Uni<Void> discarded(String consumer, ParkedMessage message, String actor, String reason) {
        return record(consumer, message, "DISCARD", actor, reason);
    }

    private Uni<Void> record(String consumer, ParkedMessage message, String action, String actor, String reason) {
        String failure = message.exceptionType() == null ? null : message.exceptionType() + ": " + message.exceptionMessage();
        String body = message.body() instanceof String text ? text : Json.encode(message.body());
        return pool.preparedQuery(INSERT)
                .execute(Tuple.from(new Object[]{consumer, message.messageId(), action, actor, reason, failure, body}))
                .replaceWithVoid();
    }
}
