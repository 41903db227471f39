package dev.checkout.order.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How liveness watches the reactive database pool. */
@ConfigMapping(prefix = "pool-health")
public interface PoolHealthConfig {

    /** How often a probe asks the pool for a connection (one probe at a time). */
    @WithDefault("5s")
    Duration probeInterval();

    /** A probe still waiting for a connection this long means the pool is exhausted for good: liveness goes DOWN. */
    @WithDefault("60s")
    Duration stuckAfter();
}
