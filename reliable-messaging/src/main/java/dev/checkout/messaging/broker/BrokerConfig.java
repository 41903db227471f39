package dev.checkout.messaging.broker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Where the service's RabbitMQ is and who it is there. Each service sets its own user and virtual host;
 * environment variables override every entry (e.g. {@code MESSAGING_BROKER_HOST}).
 */
@ConfigMapping(prefix = "messaging.broker")
public interface BrokerConfig {

    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("5672")
    int port();

    String username();

    String password();

    @WithDefault("checkout")
    String virtualHost();

    /** Pause between two attempts to (re)connect after the broker went away. */
    @WithDefault("2s")
    Duration reconnectInterval();

    /** AMQP heartbeat, so a dead broker or a cut network is noticed without waiting for a write. */
    @WithDefault("10s")
    Duration heartbeat();
}
