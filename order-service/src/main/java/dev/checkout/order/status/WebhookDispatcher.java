package dev.checkout.order.status;

import dev.checkout.messaging.database.AfterCommit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;

/**
 * Delivers queued webhook changes. A pass runs when a delivery was queued (NOTIFY, see {@link ChangeNotifications})
 * and on a timer, for retries and as a safety net. Each pass claims the due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} (so replicas share them) and pushes their next attempt past the timeout, so no other
 * replica sends them while this one does; then sends them concurrently. A 2xx ends the delivery; anything else is
 * retried with exponential back-off and jitter until {@code give-up-after}, when it is given up. Either end deletes the
 * delivery and is recorded in the order's timeline. Delivery is at least once: a replica that dies mid-attempt leaves
 * the delivery to be claimed again.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private static final String CLAIM = """
            update webhook_delivery
               set attempts = attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
             where id in (select id from webhook_delivery
                           where next_attempt_at <= now()
                           order by next_attempt_at
                           limit $1
                             for update skip locked)
            returning id, order_id, seq, url, body, attempts, give_up_at,
                      (select webhook_secret from orders where orders.id = webhook_delivery.order_id) as secret""";

    private static final String RETRY_LATER = """
            update webhook_delivery set next_attempt_at = now() + $2 * interval '1 millisecond', last_error = $3
             where id = $1""";

    private static final String ENDED = "delete from webhook_delivery where id = ?1";

    private final Pool pool;
    private final Vertx vertx;
    private final WebhookClient client;
    private final OrderTimeline timeline;
    private final StatusConfig.Webhooks config;
    private final ChangeNotifications notifications;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private long timer = -1;

    WebhookDispatcher(Pool pool, Vertx vertx, WebhookClient client, OrderTimeline timeline,
                      ChangeNotifications notifications, StatusConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.client = client;
        this.timeline = timeline;
        this.notifications = notifications;
        this.config = config.webhooks();
    }

    /** A delivery this replica has claimed for one attempt. */
    record Claimed(UUID id, UUID orderId, int seq, String url, String body, int attempts, Instant giveUpAt,
                   String secret) {

        static Claimed of(Row row) {
            return new Claimed(row.getUUID("id"), row.getUUID("order_id"), row.getInteger("seq"),
                    row.getString("url"), row.getString("body"), row.getInteger("attempts"),
                    row.getOffsetDateTime("give_up_at").toInstant(), row.getString("secret"));
        }
    }

    /** How one attempt went: the receiver's status, or why there was none. */
    record Attempt(Integer status, String error) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        String problem() {
            return error != null ? error : "HTTP " + status;
        }
    }

    void start(@Observes StartupEvent event) {
        notifications.listenToWebhooks(this::deliverDue);
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> deliverDue());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** Runs a pass now, or right after the one in progress: never two at once in one replica. */
    private void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        wokenWhileRunning.set(false);
        claim().chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndMerge(this::deliver)
                        .collect().last())
                .subscribe().with(done -> {
                    if (failing.getAndSet(false)) {
                        LOG.info("Webhook deliveries resumed");
                    }
                    finishPass();
                }, failure -> {
                    // Once per outage, not on every pass while the database is away.
                    if (!failing.getAndSet(true)) {
                        LOG.warnf("Webhook deliveries paused: %s", failure.toString());
                    }
                    finishPass();
                });
    }

    private void finishPass() {
        running.set(false);
        if (wokenWhileRunning.get()) {
            deliverDue();
        }
    }

    private Uni<List<Claimed>> claim() {
        // Twice the timeout: long enough for the attempt to end, short enough that a dead replica's claim expires.
        long leaseMillis = config.timeout().toMillis() * 2;
        return pool.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), leaseMillis))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(Claimed::of).toList());
    }

    private Uni<Void> deliver(Claimed delivery) {
        long now = Instant.now().getEpochSecond();
        String id = delivery.orderId() + ":" + delivery.seq();
        Map<String, String> headers = Map.of(
                WebhookSignature.ID_HEADER, id,
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now),
                WebhookSignature.SIGNATURE_HEADER, new WebhookSignature(delivery.secret()).sign(id, now, delivery.body()));
        return client.post(delivery.url(), headers, delivery.body())
                .map(status -> new Attempt(status, null))
                .onFailure().recoverWithItem(failure -> new Attempt(null, failure.toString()))
                .chain(attempt -> record(delivery, attempt))
                .onFailure().recoverWithItem(failure -> {
                    // The claim runs out and the delivery is attempted again.
                    LOG.warnf("Could not record webhook delivery %s: %s", delivery.id(), failure.toString());
                    return null;
                });
    }

    private Uni<Void> record(Claimed delivery, Attempt attempt) {
        if (attempt.succeeded()) {
            return end(delivery, TimelineEntry.WEBHOOK_DELIVERED, attempt);
        }
        Duration backoff = backoff(delivery.attempts());
        if (!Instant.now().plus(backoff).isBefore(delivery.giveUpAt())) {
            LOG.warnf("Giving up webhook %s:%d to %s after %d attempt(s): %s", delivery.orderId(), delivery.seq(),
                    delivery.url(), delivery.attempts(), attempt.problem());
            return end(delivery, TimelineEntry.WEBHOOK_GAVE_UP, attempt);
        }
        return pool.preparedQuery(RETRY_LATER)
                .execute(Tuple.of(delivery.id(), backoff.toMillis(), attempt.problem()))
                .replaceWithVoid();
    }

    /** Ends the delivery and records how in the order's timeline, in one transaction of its own. */
    private Uni<Void> end(Claimed delivery, String entryType, Attempt attempt) {
        WebhookResult result = new WebhookResult(delivery.seq(), delivery.attempts(), attempt.status(),
                attempt.error());
        return IsolatedContext.run(vertx, () -> AfterCommit.withTransaction(() -> timeline.lock(delivery.orderId())
                .chain(order -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(ENDED)
                                .setParameter(1, delivery.id())
                                .executeUpdate())
                        .chain(() -> timeline.append(order, List.of(
                                TimelineEntry.webhook(entryType, order.status(), result)))))));
    }

    /** Exponential back-off with full jitter, so deliveries failing together spread out. */
    private Duration backoff(int attempts) {
        long min = config.minBackoff().toMillis();
        long ceiling = Math.min(config.maxBackoff().toMillis(), min << Math.min(attempts - 1, 20));
        return Duration.ofMillis(min + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - min + 1)));
    }
}
