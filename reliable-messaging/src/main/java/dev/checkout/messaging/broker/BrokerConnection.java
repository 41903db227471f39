package dev.checkout.messaging.broker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The service's own long-lived connection to RabbitMQ, used for topology, publishing and broker checks.
 * It connects in the background and keeps reconnecting, so a broker outage never stops the service from
 * starting or serving; readiness reports it instead.
 */
@ApplicationScoped
public class BrokerConnection {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    private final RabbitMQClient client;
    private final BrokerConfig config;

    BrokerConnection(Vertx vertx, BrokerConfig config) {
        this.config = config;
        this.client = RabbitMQClient.create(vertx, options(config));
    }

    void connect(@Observes StartupEvent event) {
        client.start().subscribe().with(
                ignored -> LOG.infof("Connected to RabbitMQ at %s", describe()),
                failure -> LOG.warnf("RabbitMQ at %s is not reachable yet (%s); retrying every %s",
                        describe(), failure.getMessage(), config.reconnectInterval()));
    }

    void disconnect(@Observes ShutdownEvent event) {
        if (client.isConnected()) {
            client.stopAndAwait();
        }
    }

    public boolean isConnected() {
        return client.isConnected() && client.isOpenChannel();
    }

    public RabbitMQClient client() {
        return client;
    }

    public String describe() {
        return config.host() + ":" + config.port() + "/" + config.virtualHost();
    }

    private static RabbitMQOptions options(BrokerConfig config) {
        RabbitMQOptions options = new RabbitMQOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setUser(config.username())
                .setPassword(config.password())
                .setVirtualHost(config.virtualHost())
                .setRequestedHeartbeat((int) config.heartbeat().toSeconds())
                .setConnectionName("checkout")
                // The Vert.x client reconnects itself (and re-runs its connection hooks); the Java client's own
                // recovery would hide the outage from it.
                .setAutomaticRecoveryEnabled(false)
                .setReconnectAttempts(Integer.MAX_VALUE)
                .setReconnectInterval(config.reconnectInterval().toMillis());
        return options;
    }
}
