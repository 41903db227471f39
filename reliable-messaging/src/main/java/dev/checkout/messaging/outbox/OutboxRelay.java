package dev.checkout.messaging.outbox;

import dev.checkout.messaging.broker.AdminConnection;
import dev.checkout.messaging.publish.Confirmed;
import dev.checkout.messaging.tracing.TraceParent;
import dev.checkout.messaging.topology.Topology;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to {@code checkout.events} through the connector's channel {@value #OUTGOING}. Woken
 * by {@link Outbox} right after a commit that recorded an event, and by a timer as a safety net; claims rows with {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without
 * publishing a row twice at once; marks a row published only after the broker confirmed it, and backs off a row
 * whose publish was nacked, timed out or found the connection closed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The outgoing channel, configured with publisher confirms (see the library's microprofile-config.properties). */
    public static final String OUTGOING = "checkout-events";

    private static final String CLAIM = """
            select id, event_id, event_type, schema_version, correlation_id, payload::text as payload, occurred_at,
                   attempts, traceparent
              from outbox_message
             where published_at is null and next_attempt_at <= now()
             order by id
             limit $1
               for update skip locked""";
    private static final String MARK_PUBLISHED = """
            update outbox_message set published_at = now(), attempts = attempts + 1, last_error = null
             where id = any($1)""";
    private static final String MARK_FAILED = """
            update outbox_message
               set attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond'
             where id = $1""";
    private static final String DELETE_EXPIRED = """
            delete from outbox_message where id in (
                select id from outbox_message where published_at < now() - $1 * interval '1 millisecond' limit 10000)""";

    private final Pool pool;
    private final Vertx vertx;
    private final MutinyEmitter<byte[]> events;
    private final AdminConnection broker;
    private final Outbox outbox;
    private final OutboxConfig config;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicLong unroutable = new AtomicLong();
    private final Counter published;
    private final Counter failed;
    private final List<Long> timers = new ArrayList<>();

    OutboxRelay(Pool pool, Vertx vertx, @Channel(OUTGOING) MutinyEmitter<byte[]> events, AdminConnection broker,
                Outbox outbox, OutboxConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.events = events;
        this.broker = broker;
        this.outbox = outbox;
        this.config = config;
        this.published = registry.counter("outbox.published");
        this.failed = registry.counter("outbox.publish.failed");
        registry.gauge("outbox.pending", pending);
        registry.gauge("outbox.oldest.age.seconds", oldestAgeMillis, millis -> millis.get() / 1000.0);
        registry.gauge("outbox.unroutable", unroutable);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        timers.add(vertx.setPeriodic(config.pollInterval().toMillis(), id -> wake()));
        timers.add(vertx.setPeriodic(config.cleanupInterval().toMillis(), id -> deleteExpired()));
    }

    void stop(@Observes ShutdownEvent event) {
        timers.forEach(vertx::cancelTimer);
    }

    /** Runs a pass now, or right after the one in progress: never two at once in one process. */
    public void wake() {
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        wokenWhileRunning.set(false);
        relayUntilDrained()
                .eventually(this::refreshGauges)
                .subscribe().with(ignored -> finishPass(), failure -> {
                    LOG.warnf("Outbox relay pass failed: %s", failure.getMessage());
                    finishPass();
                });
    }

    private void finishPass() {
        running.set(false);
        if (wokenWhileRunning.get()) {
            wake();
        }
    }

    private Uni<Void> relayUntilDrained() {
        if (!broker.isConnected()) {
            // Nothing can be confirmed: leave the rows untouched rather than burn their attempts (and rather than
            // queue copies in the channel that would all go out, late, once the broker is back).
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(this::relayBatch)
                .chain(claimed -> claimed == config.batchSize() ? relayUntilDrained() : Uni.createFrom().voidItem());
    }

    /** One batch, in one transaction: the row locks are held until the outcomes are written. */
    private Uni<Integer> relayBatch(SqlConnection connection) {
        return connection.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize()))
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndMerge(this::publish)
                        .collect().asList()
                        .chain(outcomes -> record(connection, outcomes))
                        .replaceWith(rows.size()));
    }

    private record Outcome(long id, int attempts, String error) {
        boolean published() {
            return error == null;
        }
    }

    private Uni<Outcome> publish(Row row) {
        long id = row.getLong("id");
        int attempts = row.getInteger("attempts");
        return Confirmed.send(events, metadata(row), row.getString("payload").getBytes(StandardCharsets.UTF_8),
                        config.confirmTimeout())
                .replaceWith(new Outcome(id, attempts, null))
                .onFailure().recoverWithItem(failure -> new Outcome(id, attempts, failure.getMessage()));
    }

    /**
     * The one place an outbox row becomes a message: routing key = event type, the contract's AMQP properties, and
     * the trace that recorded the row as the parent of the connector's publish span (which writes the message's
     * {@code traceparent} header).
     */
    private static Metadata metadata(Row row) {
        return Metadata.of(properties(row), TracingMetadata.withCurrent(TraceParent.parse(row.getString("traceparent"))));
    }

    private static OutgoingRabbitMQMetadata properties(Row row) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(row.getString("event_type"))
                .withMessageId(row.getUUID("event_id").toString())
                .withCorrelationId(row.getString("correlation_id"))
                .withType(row.getString("event_type"))
                .withContentType("application/json")
                .withContentEncoding("utf-8")
                .withDeliveryMode(2)
                .withTimestamp(row.getOffsetDateTime("occurred_at").toInstant().atZone(ZoneOffset.UTC))
                .withHeader("schema-version", row.getInteger("schema_version"))
                .build();
    }

    private Uni<Void> record(SqlConnection connection, List<Outcome> outcomes) {
        Long[] publishedIds = outcomes.stream().filter(Outcome::published).map(Outcome::id).toArray(Long[]::new);
        List<Tuple> failures = outcomes.stream().filter(o -> !o.published())
                .map(o -> Tuple.of(o.id(), o.error(), backoffMillis(o.attempts())))
                .toList();
        published.increment(publishedIds.length);
        failed.increment(failures.size());
        if (!failures.isEmpty()) {
            LOG.warnf("%d outbox row(s) not confirmed by the broker, retrying later: %s", failures.size(),
                    failures.get(0).getString(1));
        }
        Uni<?> markPublished = publishedIds.length == 0 ? Uni.createFrom().voidItem()
                : connection.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(publishedIds));
        return markPublished.chain(() -> failures.isEmpty() ? Uni.createFrom().voidItem()
                        : connection.preparedQuery(MARK_FAILED).executeBatch(failures))
                .replaceWithVoid();
    }

    /** Exponential back-off with full jitter, so replicas retrying the same rows spread out. */
    long backoffMillis(int previousAttempts) {
        long min = config.retryMinBackoff().toMillis();
        long max = config.retryMaxBackoff().toMillis();
        long ceiling = Math.min(max, min << Math.min(previousAttempts, 20));
        return min + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - min + 1));
    }

    private Uni<Void> refreshGauges() {
        Uni<Void> unroutableCount = broker.isConnected()
                ? broker.client().messageCount(Topology.UNROUTABLE_QUEUE).invoke(unroutable::set)
                        .onFailure().recoverWithNull().replaceWithVoid()
                : Uni.createFrom().voidItem();
        return outbox.backlog()
                .invoke(backlog -> {
                    pending.set(backlog.pending());
                    oldestAgeMillis.set(backlog.oldestAge().toMillis());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid()
                .chain(() -> unroutableCount);
    }

    private void deleteExpired() {
        pool.preparedQuery(DELETE_EXPIRED).execute(Tuple.of(config.retention().toMillis()))
                .map(RowSet::rowCount)
                .subscribe().with(
                        deleted -> LOG.debugf("Deleted %d published outbox rows older than %s", deleted, config.retention()),
                        failure -> LOG.warnf("Outbox clean-up failed: %s", failure.getMessage()));
    }
}
