package dev.checkout.order.status;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells this replica what any replica has just committed, through PostgreSQL LISTEN on one connection: every insert
 * into {@code order_timeline} NOTIFYs its order id (which wakes the streams of that order), every insert into
 * {@code webhook_delivery} wakes the webhook dispatcher. Notifications sent while that connection was down are lost,
 * so everything listening is woken when it listens again, to read what it missed.
 */
@ApplicationScoped
class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    static final String TIMELINE_CHANNEL = "order_timeline";
    static final String WEBHOOK_CHANNEL = "webhook_delivery";

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final long reconnectMillis;
    private final Map<UUID, Set<Runnable>> timelineListeners = new ConcurrentHashMap<>();
    private final List<Runnable> webhookListeners = new CopyOnWriteArrayList<>();
    private PgSubscriber subscriber;

    ChangeNotifications(Vertx vertx, StatusConfig config,
                        @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") String username,
                        @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(username).setPassword(password);
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
