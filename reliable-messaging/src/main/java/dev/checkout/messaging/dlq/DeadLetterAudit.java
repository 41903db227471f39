package dev.checkout.messaging.dlq;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

/** Keeps who replayed or discarded which parked message, when and why, in the service's own database. */
@ApplicationScoped
public class DeadLetterAudit {

    private static final String INSERT = """
            insert into dead_letter_audit (consumer, message_id, action, actor, reason, failure, body)
            values ($1, $2, $3, $4, $5, $6, $7)""";

    private static final String LATEST = """
            select id, message_id, action, actor, reason, failure, acted_at from dead_letter_audit
            where consumer = $1 order by id desc limit $2""";

    private final Pool pool;

    /** One record, as the audit log shows it; the kept body stays in the database. */
    public record Entry(long id, String messageId, String action, String actor,
                        @Schema(description = "The operator's reason for a discard; null for a replay.", nullable = true)
                        String reason,
                        @Schema(description = "Why the message had failed, as its diagnostic headers said; null when"
                                + " they said nothing.", nullable = true)
                        String failure,
                        Instant actedAt) {
    }

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

    /** The consumer's newest records first, at most {@code limit}. */
    Uni<List<Entry>> latest(String consumer, int limit) {
        return pool.preparedQuery(LATEST).execute(Tuple.of(consumer, limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(row -> new Entry(row.getLong("id"), row.getString("message_id"), row.getString("action"),
                                row.getString("actor"), row.getString("reason"), row.getString("failure"),
                                row.getOffsetDateTime("acted_at").toInstant()))
                        .toList());
    }

    private Uni<Void> record(String consumer, ParkedMessage message, String action, String actor, String reason) {
        String failure = message.exceptionType() == null ? null : message.exceptionType() + ": " + message.exceptionMessage();
        String body = message.body() instanceof String text ? text : Json.encode(message.body());
        return pool.preparedQuery(INSERT)
                .execute(Tuple.from(new Object[]{consumer, message.messageId(), action, actor, reason, failure, body}))
                .replaceWithVoid();
    }
}
