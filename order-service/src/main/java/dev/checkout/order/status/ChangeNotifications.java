package dev.checkout.order.status;

import dev.checkout.messaging.database.ListenConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells every replica what any replica has just committed, through PostgreSQL NOTIFY and LISTEN on one connection per
 * replica: a new timeline entry NOTIFYs its order id on {@value #TIMELINE_CHANNEL} (which wakes the streams of that
 * order), queued webhook deliveries NOTIFY {@value #WEBHOOK_CHANNEL} (which wakes the webhook dispatchers). The
 * writer announces a change once its transaction has committed, in one batch with whatever else committed meanwhile
 * and outside any transaction: a transaction that notifies holds a database-wide lock through its commit, so
 * notifying from the checkout's own transactions made every checkout commit one at a time. Notifications sent while
 * a replica's connection was down are lost to it, so everything listening there is woken when it listens again, to
 * read what it missed.
 */
@ApplicationScoped
class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    static final String TIMELINE_CHANNEL = "order_timeline";
    static final String WEBHOOK_CHANNEL = "webhook_delivery";
    private static final String NOTIFY = """
            select pg_notify(channel, payload) from unnest($1::text[], $2::text[]) as announced(channel, payload)""";

    private final Vertx vertx;
    private final Pool pool;
    private final PgConnectOptions options;
    private final long reconnectMillis;
    private final Map<UUID, Set<Runnable>> timelineListeners = new ConcurrentHashMap<>();
    private final List<Runnable> webhookListeners = new CopyOnWriteArrayList<>();
    private final Set<String> unannouncedOrders = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean unannouncedWebhooks = new AtomicBoolean();
    private final AtomicBoolean announcing = new AtomicBoolean();
    private PgSubscriber subscriber;

    ChangeNotifications(Vertx vertx, Pool pool, StatusConfig config, ListenConnection listenConnection) {
        this.vertx = vertx;
        this.pool = pool;
        this.options = listenConnection.options();
        this.reconnectMillis = config.notifications().reconnectInterval().toMillis();
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> reconnectMillis);
        subscriber.channel(TIMELINE_CHANNEL)
                .handler(this::timelineChanged)
                .subscribeHandler(() -> timelineListeners.values().forEach(set -> set.forEach(Runnable::run)));
        subscriber.channel(WEBHOOK_CHANNEL)
                .handler(ignored -> webhookListeners.forEach(Runnable::run))
                .subscribeHandler(() -> webhookListeners.forEach(Runnable::run));
        subscriber.connect().subscribe().with(connected -> LOG.debugf("Listening on %s and %s", TIMELINE_CHANNEL,
                        WEBHOOK_CHANNEL),
                failure -> LOG.warnf("LISTEN failed (%s); retrying every %d ms", failure.getMessage(),
                        reconnectMillis));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close().await().indefinitely();
        }
    }

    /**
     * Announces to every replica, this one included, that the order's timeline has changed and, if
     * {@code webhooksQueued}, that webhook deliveries are waiting. Call it once the change has committed.
     */
    void changed(UUID orderId, boolean webhooksQueued) {
        unannouncedOrders.add(orderId.toString());
        if (webhooksQueued) {
            unannouncedWebhooks.set(true);
        }
        announce();
    }

    /** Sends what is unannounced in one statement, unless a batch is on its way: then right after it. */
    private void announce() {
        if (!announcing.compareAndSet(false, true)) {
            return;
        }
        List<String> channels = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (Iterator<String> orders = unannouncedOrders.iterator(); orders.hasNext(); ) {
            payloads.add(orders.next());
            channels.add(TIMELINE_CHANNEL);
            orders.remove();
        }
        if (unannouncedWebhooks.getAndSet(false)) {
            channels.add(WEBHOOK_CHANNEL);
            payloads.add("");
        }
        if (channels.isEmpty()) {
            announced();
            return;
        }
        pool.preparedQuery(NOTIFY).execute(Tuple.of(channels.toArray(String[]::new), payloads.toArray(String[]::new)))
                .subscribe().with(sent -> announced(), failure -> {
                    // Those listening read what they missed when next woken, or when their connection is back.
                    LOG.warnf("Could not announce %d changes: %s", channels.size(), failure.getMessage());
                    announced();
                });
    }

    private void announced() {
        announcing.set(false);
        if (!unannouncedOrders.isEmpty() || unannouncedWebhooks.get()) {
            announce();
        }
    }

    /** Calls {@code listener} whenever the order's timeline may have changed, until the returned action is run. */
    Runnable listenToTimeline(UUID orderId, Runnable listener) {
        timelineListeners.computeIfAbsent(orderId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> timelineListeners.computeIfPresent(orderId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Calls {@code listener} whenever webhook deliveries may have been queued. */
    void listenToWebhooks(Runnable listener) {
        webhookListeners.add(listener);
    }

    private void timelineChanged(String orderId) {
        Set<Runnable> waiting = timelineListeners.get(UUID.fromString(orderId));
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }
}
