package dev.checkout.messaging.broker;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.rabbitmq.RabbitMQOptions;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every broker connection (the channels' and the library's own) trusts the CA named by the settings. */
class BrokerTlsTest {

    @Test
    void withSslEveryConnectionTrustsTheConfiguredCaOnly() {
        RabbitMQOptions options = new BrokerTls(true, Optional.of("/etc/checkout/tls/rabbitmq-ca.crt"))
                .customize("order-status", null, new RabbitMQOptions().setTrustAll(true));

        assertThat(options.isSsl()).isTrue();
        assertThat(options.isTrustAll()).isFalse();
        assertThat(options.getTrustOptions()).isInstanceOfSatisfying(PemTrustOptions.class,
                pem -> assertThat(pem.getCertPaths()).containsExactly("/etc/checkout/tls/rabbitmq-ca.crt"));
    }

    @Test
    void withSslAndNoCaTheJvmsTrustedCasDecide() {
        RabbitMQOptions options = new BrokerTls(true, Optional.empty()).apply(new RabbitMQOptions());

        assertThat(options.isSsl()).isTrue();
        assertThat(options.getTrustOptions()).isNull();
    }

    @Test
    void withoutSslNothingChanges() {
        RabbitMQOptions options = new BrokerTls(false, Optional.of("/etc/checkout/tls/rabbitmq-ca.crt"))
                .apply(new RabbitMQOptions());

        assertThat(options.isSsl()).isFalse();
        assertThat(options.getTrustOptions()).isNull();
    }
}
