package dev.checkout.order.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The status tokens a guest's checkout answers. */
@ConfigMapping(prefix = "order-access")
public interface StatusTokenConfig {

    /** How long a status token reads its order. */
    @WithDefault("30d")
    Duration statusTokenLifetime();

    /** How often expired tokens are deleted (a scheduler expression, e.g. 1h). */
    String cleanupEvery();
}
