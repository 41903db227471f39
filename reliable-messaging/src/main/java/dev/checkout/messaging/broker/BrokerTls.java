package dev.checkout.messaging.broker;

import io.smallrye.reactive.messaging.ClientCustomizer;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * TLS to RabbitMQ for every connection of the service: the connector's channels (as their client customizer) and
 * the library's own {@link AdminConnection}. The switch is the
 * connector's {@code rabbitmq-ssl}; the broker's certificate must then be signed by the CA in the PEM file
 * {@code messaging.broker.trust-certificate} (the connector itself only takes a JKS trust store), or, without it, by a
 * CA the JVM trusts.
 */
@ApplicationScoped
public class BrokerTls implements ClientCustomizer<RabbitMQOptions> {

    private final boolean ssl;
    private final Optional<String> trustCertificate;

    public BrokerTls(@ConfigProperty(name = "rabbitmq-ssl", defaultValue = "false") boolean ssl,
                     @ConfigProperty(name = "messaging.broker.trust-certificate") Optional<String> trustCertificate) {
        this.ssl = ssl;
        this.trustCertificate = trustCertificate;
    }

    @Override
    public RabbitMQOptions customize(String channel, Config channelConfig, RabbitMQOptions options) {
        return apply(options);
    }

    public RabbitMQOptions apply(RabbitMQOptions options) {
        if (!ssl) {
            return options;
        }
        options.setSsl(true).setTrustAll(false);
        trustCertificate.ifPresent(file -> options.setTrustOptions(new PemTrustOptions().addCertPath(file)));
        return options;
    }
}
