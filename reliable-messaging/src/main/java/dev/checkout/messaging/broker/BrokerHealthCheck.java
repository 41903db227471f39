package dev.checkout.messaging.broker;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A service that cannot reach its broker cannot hand work on: it is not ready, though still alive. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    public static final String NAME = "RabbitMQ broker connection";

    private final BrokerConnection broker;

    BrokerHealthCheck(BrokerConnection broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(broker.isConnected())
                .withData("broker", broker.describe())
                .build();
    }
}
