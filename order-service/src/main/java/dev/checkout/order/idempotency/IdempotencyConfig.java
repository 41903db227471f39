package dev.checkout.order.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are kept; at least the 24 hours clients are promised. */
    @WithDefault("24h")
    @DurationMin(hours = 24)
    Duration retention();

    /**
     * How long a request holds its key. Longer than any request can take; after it, a retry may take over the key
     * of a request whose process died.
     */
    @WithDefault("1m")
    Duration lease();

    /** How often expired keys are deleted (read by its {@code @Scheduled}). */
    @WithDefault("1h")
    String cleanupEvery();
}
