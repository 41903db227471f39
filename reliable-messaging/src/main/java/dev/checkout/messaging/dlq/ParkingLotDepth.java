package dev.checkout.messaging.dlq;

import dev.checkout.messaging.consumer.ConsumerConfig;
import dev.checkout.messaging.consumer.Consumers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * consumer.dlq.messages: how many messages each consumer has parked, refreshed on a timer. It lives with the parking
 * lots rather than with the consumers so that the consumers need not know the dead-letter queue.
 */
@ApplicationScoped
class ParkingLotDepth {

    private static final Logger LOG = Logger.getLogger(ParkingLotDepth.class);

    private final Consumers consumers;
    private final DeadLetterQueue deadLetters;
    private final ConsumerConfig config;
    private final MeterRegistry registry;
    private final Vertx vertx;

    ParkingLotDepth(Consumers consumers, DeadLetterQueue deadLetters, ConsumerConfig config, MeterRegistry registry,
                    Vertx vertx) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.config = config;
        this.registry = registry;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        consumers.names().forEach(this::measure);
    }

    private void measure(String consumer) {
        AtomicLong depth = registry.gauge("consumer.dlq.messages", Tags.of("consumer", consumer), new AtomicLong());
        vertx.setPeriodic(config.parkingLotMetricInterval().toMillis(), id -> deadLetters.depth(consumer)
                .subscribe().with(depth::set, failure -> LOG.debugf("DLQ depth of %s unknown: %s", consumer,
                        failure.getMessage())));
    }
}
