package dev.checkout.messaging.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.PausableChannel;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's side of every consumer channel. A service's {@code @Incoming("<consumer>")} method hands each
 * message to {@link #receive}; the {@link EventHandler} bean whose {@code consumer()} is that channel's name handles
 * it. Also forgets processed ids past retention.
 */
@ApplicationScoped
public class Consumers {

    private static final Logger LOG = Logger.getLogger(Consumers.class);
    private static final String FORGET_PROCESSED = """
            delete from processed_message where processed_at < now() - $1 * interval '1 millisecond'""";

    /** Where failed messages go: checkout.events (to a retry tier, by its delay key) and checkout.dlx (to a parking lot). */
    public static final String RETRY_CHANNEL = "checkout-retry";
    public static final String PARKING_CHANNEL = "checkout-parking";

    private final Instance<EventHandler> handlers;
    private final ConsumerConfig config;
    private final Pool pool;
    private final Vertx vertx;
    private final ChannelRegistry channelRegistry;
    private final Map<String, EventConsumer> consumers = new ConcurrentHashMap<>();

    Consumers(Instance<EventHandler> handlers, ConsumerConfig config,
              @Channel(RETRY_CHANNEL) MutinyEmitter<byte[]> retry, @Channel(PARKING_CHANNEL) MutinyEmitter<byte[]> parking,
              EventContract contract, ObjectMapper json, MeterRegistry registry, Pool pool, Vertx vertx,
              DeliveryChannels channels, ChannelRegistry channelRegistry,
              Tracer tracer) {
        this.handlers = handlers;
        this.config = config;
        this.pool = pool;
        this.vertx = vertx;
        this.channelRegistry = channelRegistry;
        for (EventHandler handler : handlers) {
            String name = handler.consumer();
            EventConsumer consumer = new EventConsumer(handler, config, new EventConsumer.Outlets(retry, parking),
                    contract, json, registry, channels,
                    () -> pausable(name), tracer, pool);
            if (consumers.putIfAbsent(name, consumer) != null) {
                throw new IllegalStateException("Two handlers claim consumer '" + name + "'");
            }
        }
    }

    /** The consumers this service runs. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        handlers.forEach(handler -> names.add(handler.consumer()));
        return names;
    }

    /** Whether the consumer is paused behind an unavailable downstream; false for one this service does not run. */
    public boolean isPaused(String consumer) {
        EventConsumer target = consumers.get(consumer);
        return target != null && target.isPaused();
    }

    /**
     * Takes over a message of channel {@code consumer} and completes at once; the library acks or nacks the message
     * itself once it is handled, retried or parked.
     */
    public CompletionStage<Void> receive(String consumer, Message<?> message) {
        EventConsumer target = consumers.get(consumer);
        if (target == null) {
            throw new IllegalStateException("No EventHandler for consumer '" + consumer + "'");
        }
        Context current = io.vertx.core.Vertx.currentContext();
        target.receive(message, current != null ? current : vertx.getDelegate().getOrCreateContext());
        return CompletableFuture.completedFuture(null);
    }

    void start(@Observes StartupEvent event) {
        if (!consumers.isEmpty()) {
            vertx.setPeriodic(config.processedRetention().toMillis() / 24, id -> forgetProcessed());
        }
    }

    private PausableChannel pausable(String consumer) {
        PausableChannel channel = channelRegistry.getPausable(consumer);
        if (channel == null) {
            throw new IllegalStateException("Channel '" + consumer + "' is not pausable: set mp.messaging.incoming."
                    + consumer + ".pausable=true");
        }
        return channel;
    }

    private void forgetProcessed() {
        pool.preparedQuery(FORGET_PROCESSED).execute(Tuple.of(config.processedRetention().toMillis()))
                .subscribe().with(rows -> LOG.debugf("Forgot %d processed message ids", rows.rowCount()),
                        failure -> LOG.warnf("Could not forget old processed message ids: %s", failure.getMessage()));
    }
}
