package dev.checkout.messaging.dlq;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The dead-letter admin API; its callers need the role sre. */
@ConfigMapping(prefix = "messaging.admin")
public interface AdminConfig {

    /** Parked messages one call looks at, at most; a larger parking lot is shown in part (and says so). */
    @WithDefault("5000")
    int maxBrowse();

    @WithDefault("5s")
    Duration confirmTimeout();
}
