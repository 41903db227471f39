package dev.checkout.order.payment.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.time.Duration;

/** The embedded payment provider: on for local runs and tests, off in prod. */
@ConfigMapping(prefix = "payment.simulator")
public interface SimulatorConfig {

    @WithDefault("false")
    boolean enabled();

    /** Added to every answer, to make the provider slow on purpose. */
    @WithDefault("0s")
    Duration latency();

    /** Share of charge requests answered 503 without charging, to make the provider flaky on purpose. */
    @WithDefault("0")
    @DecimalMin("0")
    @DecimalMax("1")
    double errorRate();
}
