package dev.checkout.messaging.broker;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A service that cannot reach its broker cannot hand work on: it is not ready, though still alive. Ready means the
 * library's own connection is up and every connector channel reports ready. A service whose requests never wait for
 * the broker (order-service: its outbox holds the events) leaves this check out with the build-time setting
 * {@code messaging.broker.gates-readiness=false}, and its channels' readiness with it.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "messaging.broker.gates-readiness", stringValue = "true", enableIfMissing = true)
public class BrokerHealthCheck implements HealthCheck {

    public static final String NAME = "RabbitMQ broker connection";

    private final AdminConnection admin;
    private final HealthCenter channels;

    BrokerHealthCheck(AdminConnection admin, HealthCenter channels) {
        this.admin = admin;
        this.channels = channels;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(admin.isConnected() && channels.getReadiness().isOk())
                .withData("broker", admin.describe())
                .build();
    }
}
