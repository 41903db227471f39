package dev.checkout.fulfilment.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** The embedded warehouse: on for local runs and tests, off in prod. */
@ConfigMapping(prefix = "warehouse.simulator")
public interface SimulatorConfig {

    @WithDefault("false")
    boolean enabled();

    /** How long an address with the postal code {@link TestAddress#SLOW} waits before the answer. */
    @WithDefault("1500ms")
    Duration slowLatency();

    /** How many requests per idempotency key an address with {@link TestAddress#FLAKY} answers 503 before 201. */
    @WithDefault("2")
    @Min(0)
    int transientFailures();
}
