package dev.checkout.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay works; every entry has a default fit for local runs. */
@ConfigMapping(prefix = "messaging.outbox")
public interface OutboxConfig {

    /** Off in a service that only records events and lets another replica publish them. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows claimed and published per pass. */
    @WithDefault("200")
    int batchSize();

    /** The safety-net timer; the commit that recorded an event normally wakes the relay at once (see Outbox). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits for the broker's confirm before it treats a publish as failed. */
    @WithDefault("5s")
    Duration confirmTimeout();

    /** Back-off after a nack, timeout or closed connection: doubles per attempt from min up to max. */
    @WithDefault("500ms")
    Duration retryMinBackoff();

    @WithDefault("60s")
    Duration retryMaxBackoff();

    /** Published rows are kept this long (to investigate), then deleted. */
    @WithDefault("P7D")
    Duration retention();

    @WithDefault("1h")
    Duration cleanupInterval();

    @WithDefault("1s")
    Duration backlogCacheTtl();
}
