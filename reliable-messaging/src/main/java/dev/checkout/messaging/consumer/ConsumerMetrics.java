package dev.checkout.messaging.consumer;

import dev.checkout.messaging.topology.Topology;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-consumer figures: handled, duplicates skipped, retried by tier, parked by reason, handler latency, paused, and
 * settlements dropped because the message's channel had closed.
 */
final class ConsumerMetrics {

    private final String consumer;
    private final MeterRegistry registry;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter droppedSettlements;
    private final Timer latency;

    ConsumerMetrics(String consumer, MeterRegistry registry, AtomicInteger paused) {
        this.consumer = consumer;
        this.registry = registry;
        this.handled = registry.counter("consumer.handled", "consumer", consumer);
        this.duplicates = registry.counter("consumer.duplicates", "consumer", consumer);
        this.droppedSettlements = registry.counter("consumer.settlements.dropped", "consumer", consumer);
        this.latency = Timer.builder("consumer.handler.latency").tag("consumer", consumer)
                .publishPercentileHistogram().register(registry);
        registry.gauge("consumer.paused", Tags.of("consumer", consumer), paused);
    }

    Timer.Sample startHandling() {
        return Timer.start(registry);
    }

    void handled(Timer.Sample sample, boolean fresh) {
        sample.stop(latency);
        (fresh ? handled : duplicates).increment();
    }

    void retried(Duration tier) {
        registry.counter("consumer.retried", "consumer", consumer, "tier", Topology.retryQueue(consumer, tier)).increment();
    }

    void settlementDropped() {
        droppedSettlements.increment();
    }

    void parked(String reason) {
        registry.counter("consumer.parked", "consumer", consumer, "reason", reason).increment();
    }
}
