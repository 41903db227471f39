package dev.checkout.messaging.consumer;

import dev.checkout.messaging.topology.QueueLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings shared by the service's consumers. Queue limits must match deploy/rabbitmq/definitions.json. */
@ConfigMapping(prefix = "messaging.consumer")
public interface ConsumerConfig extends QueueLimits {

    @Override
    @WithDefault("100000")
    long maxLength();

    @Override
    @WithDefault("20")
    int deliveryLimit();

    @Override
    @WithDefault("1s,10s,60s")
    List<Duration> retryDelays();

    /** How long a consumer whose downstream is down waits before trying the held message again. */
    @WithDefault("5s")
    Duration downstreamProbeInterval();

    /** How long processed message ids are remembered; longer than any redelivery or replay can come late. */
    @WithDefault("P30D")
    Duration processedRetention();

    /** How often consumer.dlq.messages is refreshed. */
    @WithDefault("15s")
    Duration parkingLotMetricInterval();

    /** Lines of stack trace kept in a parked message's headers. */
    @WithDefault("15")
    int stacktraceLines();
}
