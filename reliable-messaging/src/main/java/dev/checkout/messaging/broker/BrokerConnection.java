package dev.checkout.messaging.broker;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The service's connections to RabbitMQ: one per purpose (the publisher, each consumer), so that a consumer's
 * prefetch, pause or channel error never touches the others. Each connects in the background and keeps
 * reconnecting, re-running its set-up (topology, confirm mode, prefetch) on every new connection; a broker outage
 * therefore never stops the service from starting or serving, and readiness reports it instead.
 */
@ApplicationScoped
public class BrokerConnection {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    private final Vertx vertx;
    private final BrokerConfig config;
    private final List<RabbitMQClient> clients = new CopyOnWriteArrayList<>();

    BrokerConnection(Vertx vertx, BrokerConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /**
     * A new client named after its purpose; {@code onEveryConnect} runs each time a connection is established, before
     * the client is used. Call {@link RabbitMQClient#start()} on it (see {@link #connect}).
     */
    public RabbitMQClient open(String purpose, Function<RabbitMQClient, Uni<Void>> onEveryConnect) {
        RabbitMQClient client = RabbitMQClient.create(vertx, options(purpose));
        client.getDelegate().addConnectionEstablishedCallback(promise -> onEveryConnect.apply(client)
                .subscribe().with(ignored -> promise.complete(), promise::fail));
        clients.add(client);
        return client;
    }

    /** Starts the client in the background; it keeps retrying until the broker answers, then runs {@code onConnected}. */
    public void connect(RabbitMQClient client, String purpose, Runnable onConnected) {
        client.start().subscribe().with(
                ignored -> {
                    LOG.infof("%s connected to RabbitMQ at %s", purpose, describe());
                    onConnected.run();
                },
                failure -> LOG.warnf("%s could not connect to RabbitMQ at %s: %s", purpose, describe(),
                        failure.getMessage()));
    }

    void disconnect(@Observes ShutdownEvent event) {
        for (RabbitMQClient client : clients) {
            if (client.isConnected()) {
                client.stop().await().indefinitely();
            }
        }
    }

    /** True when every connection the service opened is up (and it opened at least one). */
    public boolean isConnected() {
        return !clients.isEmpty() && clients.stream().allMatch(c -> c.isConnected() && c.isOpenChannel());
    }

    public String describe() {
        return config.host() + ":" + config.port() + "/" + config.virtualHost();
    }

    private RabbitMQOptions options(String purpose) {
        return new RabbitMQOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setUser(config.username())
                .setPassword(config.password())
                .setVirtualHost(config.virtualHost())
                .setRequestedHeartbeat((int) config.heartbeat().toSeconds())
                .setConnectionName(purpose)
                // The Vert.x client reconnects itself and re-runs the set-up callbacks; the Java client's own
                // recovery would do it behind the Vert.x client's back.
                .setAutomaticRecoveryEnabled(false)
                .setAutomaticRecoveryOnInitialConnection(true)
                .setReconnectAttempts(Integer.MAX_VALUE)
                .setReconnectInterval(config.reconnectInterval().toMillis());
    }
}
