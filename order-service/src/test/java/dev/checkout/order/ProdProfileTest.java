package dev.checkout.order;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the prod profile does with application.properties alone, i.e. with no environment at all. */
class ProdProfileTest {

    private static SmallRyeConfig prod() throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        ProdProfileTest.class.getClassLoader().getResource("application.properties"), 250))
                .build();
    }

    @Test
    void switchesTheSimulatorAndTheDemoCatalogOff() throws IOException {
        SmallRyeConfig config = prod();
        assertThat(config.getValue("payment.simulator.enabled", Boolean.class)).isFalse();
        assertThat(config.getValue("catalog.demo.enabled", Boolean.class)).isFalse();
    }

    @Test
    void commitsNoSecrets() throws IOException {
        SmallRyeConfig config = prod();
        assertThat(config.getOptionalValue("payment.provider.api-key", String.class)).isEmpty();
        assertThatThrownBy(() -> config.getValue("db.password", String.class))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> config.getValue("messaging.broker.password", String.class))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void trustsNoIdentityProviderButTheOneTheEnvironmentNames() throws IOException {
        assertThatThrownBy(() -> prod().getValue("quarkus.oidc.auth-server-url", String.class))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void acceptsNoWebhookWithoutAnAllowListFromTheEnvironment() throws IOException {
        SmallRyeConfig config = prod();
        assertThat(config.getOptionalValue("order-status.webhooks.allowed-hosts", String.class)).isEmpty();
        assertThat(config.getValue("order-status.webhooks.require-https", Boolean.class)).isTrue();
    }
}
