package dev.checkout.messaging.broker;

import dev.checkout.messaging.topology.TopologyDeclarer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The library's one connection of its own, besides the connector's channels: it declares, on every (re)connection,
 * the topology objects no channel attribute can express (retry tiers, alternate exchange, unroutable queue), and it
 * serves the dead-letter admin, which reads parking queues no channel consumes. It uses the connector's own
 * {@code rabbitmq-*} settings (TLS: {@link BrokerTls}), connects in the background and keeps reconnecting, so a broker outage never stops
 * the service from starting.
 */
@ApplicationScoped
public class AdminConnection {

    private static final Logger LOG = Logger.getLogger(AdminConnection.class);

    private final RabbitMQClient client;
    private final String address;

    AdminConnection(Vertx vertx, TopologyDeclarer topology, BrokerTls tls,
                    @ConfigProperty(name = "rabbitmq-host") String host,
                    @ConfigProperty(name = "rabbitmq-port") int port,
                    @ConfigProperty(name = "rabbitmq-virtual-host") String virtualHost,
                    @ConfigProperty(name = "rabbitmq-username") String username,
                    @ConfigProperty(name = "rabbitmq-password") String password,
                    @ConfigProperty(name = "rabbitmq-reconnect-interval") int reconnectIntervalSeconds,
                    @ConfigProperty(name = "quarkus.application.name") String application) {
        this.address = host + ":" + port + "/" + virtualHost;
        this.client = RabbitMQClient.create(vertx, tls.apply(new RabbitMQOptions()
                .setHost(host)
                .setPort(port)
                .setVirtualHost(virtualHost)
                .setUser(username)
                .setPassword(password)
                .setConnectionName(application + " (admin)")
                // The Vert.x client reconnects itself and re-runs the callback below on every new connection.
                .setAutomaticRecoveryEnabled(false)
                .setReconnectAttempts(Integer.MAX_VALUE)
                .setReconnectInterval(reconnectIntervalSeconds * 1000L)));
        client.getDelegate().addConnectionEstablishedCallback(promise -> topology.declare(client)
                .chain(client::confirmSelect)
                .subscribe().with(ignored -> promise.complete(), promise::fail));
    }

    void start(@Observes StartupEvent event) {
        client.start().subscribe().with(
                ignored -> LOG.infof("Connected to RabbitMQ at %s", address),
                failure -> LOG.warnf("Could not connect to RabbitMQ at %s: %s", address, failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (client.isConnected()) {
            client.stop().await().indefinitely();
        }
    }

    /** Its channel is in confirm mode: every publish on it can be awaited with {@code waitForConfirms}. */
    public RabbitMQClient client() {
        return client;
    }

    public boolean isConnected() {
        return client.isConnected() && client.isOpenChannel();
    }

    public String describe() {
        return address;
    }
}
