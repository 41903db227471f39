package dev.checkout.messaging.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.broker.BrokerConnection;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.messaging.publish.ConfirmedPublisher;
import dev.checkout.messaging.dlq.DeadLetterQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/** Starts a consumer for every {@link EventHandler} bean of the service, and forgets processed ids past retention. */
@ApplicationScoped
public class Consumers {

    private static final Logger LOG = Logger.getLogger(Consumers.class);
    private static final String FORGET_PROCESSED = """
            delete from processed_message where processed_at < now() - $1 * interval '1 millisecond'""";

    private final Instance<EventHandler> handlers;
    private final ConsumerConfig config;
    private final BrokerConnection broker;
    private final ConfirmedPublisher publisher;
    private final EventContract contract;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Pool pool;
    private final Vertx vertx;
    private final DeadLetterQueue deadLetters;

    Consumers(Instance<EventHandler> handlers, ConsumerConfig config, BrokerConnection broker,
              ConfirmedPublisher publisher, EventContract contract, ObjectMapper json, MeterRegistry registry,
              Pool pool, Vertx vertx, DeadLetterQueue deadLetters) {
        this.handlers = handlers;
        this.config = config;
        this.broker = broker;
        this.publisher = publisher;
        this.contract = contract;
        this.json = json;
        this.registry = registry;
        this.pool = pool;
        this.vertx = vertx;
        this.deadLetters = deadLetters;
    }

    /** The consumers this service runs. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        handlers.forEach(handler -> names.add(handler.consumer()));
        return names;
    }

    void start(@Observes StartupEvent event) {
        Set<String> names = new HashSet<>();
        for (EventHandler handler : handlers) {
            if (!names.add(handler.consumer())) {
                throw new IllegalStateException("Two handlers claim consumer '" + handler.consumer() + "'");
            }
            new EventConsumer(handler, config, broker, publisher, contract, json, registry).start();
        }
        if (!names.isEmpty()) {
            vertx.setPeriodic(config.processedRetention().toMillis() / 24, id -> forgetProcessed());
        }
        names.forEach(this::measureParkingLot);
    }

    /** consumer.dlq.messages: how many messages the consumer has parked, refreshed on a timer. */
    private void measureParkingLot(String consumer) {
        AtomicLong depth = registry.gauge("consumer.dlq.messages", Tags.of("consumer", consumer), new AtomicLong());
        vertx.setPeriodic(config.parkingLotMetricInterval().toMillis(), id -> deadLetters.depth(consumer)
                .subscribe().with(depth::set, failure -> LOG.debugf("DLQ depth of %s unknown: %s", consumer,
                        failure.getMessage())));
    }

    private void forgetProcessed() {
        pool.preparedQuery(FORGET_PROCESSED).execute(Tuple.of(config.processedRetention().toMillis()))
                .subscribe().with(rows -> LOG.debugf("Forgot %d processed message ids", rows.rowCount()),
                        failure -> LOG.warnf("Could not forget old processed message ids: %s", failure.getMessage()));
    }
}
