package dev.checkout.messaging.outbox;

import dev.checkout.messaging.database.AfterCommit;
import dev.checkout.messaging.tracing.TraceParent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Where a service records the events it publishes. {@link #record} joins the caller's transaction (Hibernate
 * Reactive's, or a SQL client connection's), so the event commits or rolls back with the business change; the
 * {@link OutboxRelay} publishes it after commit, woken in this process as soon as the transaction has committed
 * ({@link AfterCommit}; in a Hibernate transaction only one opened with {@link AfterCommit#withTransaction}, as the
 * library's consumers do). Otherwise, and should this process stop before publishing, a relay's timer finds the row.
 */
@ApplicationScoped
public class Outbox {

    // The payload is bound as text and cast: bound straight to jsonb, a Java string becomes a JSON string value.
    private static final String INSERT = """
            insert into outbox_message (event_id, event_type, schema_version, correlation_id, payload, occurred_at,
                                        traceparent)
            values ($1, $2, $3, $4, cast(cast($5 as text) as jsonb), $6, cast($7 as text))""";
    // The same statement in Hibernate's notation for native queries.
    private static final String INSERT_NATIVE = INSERT.replaceAll("\\$(\\d)", "?$1");

    private static final String BACKLOG = """
            select count(*) as pending, min(created_at) as oldest from outbox_message where published_at is null""";

    private final Pool pool;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private volatile Measured lastBacklog;

    private record Measured(OutboxBacklog backlog, Instant at) {
    }

    Outbox(Pool pool, OutboxConfig config, OutboxRelay relay) {
        this.pool = pool;
        this.config = config;
        this.relay = relay;
    }

    /**
     * Records the event in the current transaction; fails if there is none, rather than publishing on its own. The
     * caller's span (its W3C traceparent) is stored with it, so the trace goes on where the event is consumed.
     */
    public Uni<Void> record(OutgoingEvent event) {
        String traceparent = TraceParent.ofCurrentSpan();
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.record must run inside a transaction (Panache.withTransaction or @WithTransaction)"))
                .chain(transaction -> Panache.getSession())
                .chain(session -> session.createNativeQuery(INSERT_NATIVE)
                        .setParameter(1, event.eventId())
                        .setParameter(2, event.eventType())
                        .setParameter(3, event.schemaVersion())
                        .setParameter(4, event.correlationId())
                        .setParameter(5, event.document().encode())
                        .setParameter(6, event.occurredAt().atOffset(ZoneOffset.UTC))
                        .setParameter(7, traceparent)
                        .executeUpdate())
                .invoke(() -> AfterCommit.run(this::wakeRelay))
                .replaceWithVoid();
    }

    /** Records the event in the transaction open on {@code connection} (the SQL client's, not Hibernate's). */
    public Uni<Void> record(SqlConnection connection, OutgoingEvent event) {
        // Arrays.asList, not List.of: there is no traceparent outside a span.
        return connection.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(event.eventId(), event.eventType(),
                        event.schemaVersion(), event.correlationId(), event.document().encode(),
                        event.occurredAt().atOffset(ZoneOffset.UTC), TraceParent.ofCurrentSpan())))
                .invoke(() -> AfterCommit.run(connection, this::wakeRelay))
                .replaceWithVoid();
    }

    private void wakeRelay() {
        if (config.relayEnabled()) {
            relay.wake();
        }
    }

    /** Pending rows and the age of the oldest, at most {@code messaging.outbox.backlog-cache-ttl} old. */
    public Uni<OutboxBacklog> backlog() {
        // Checkouts ask on every request; a short-lived answer keeps that from becoming a load of its own. The value
        // is cached, not a shared Uni, so each caller's query and result stay on the caller's own context.
        Measured last = lastBacklog;
        if (last != null && last.at().plus(config.backlogCacheTtl()).isAfter(Instant.now())) {
            return Uni.createFrom().item(last.backlog());
        }
        return measureBacklog().invoke(backlog -> lastBacklog = new Measured(backlog, Instant.now()));
    }

    private Uni<OutboxBacklog> measureBacklog() {
        return pool.query(BACKLOG).execute().map(rows -> {
            Row row = rows.iterator().next();
            OffsetDateTime oldest = row.getOffsetDateTime("oldest");
            return oldest == null ? OutboxBacklog.EMPTY
                    : new OutboxBacklog(row.getLong("pending"),
                    Duration.between(oldest.toInstant(), Instant.now()));
        });
    }
}
