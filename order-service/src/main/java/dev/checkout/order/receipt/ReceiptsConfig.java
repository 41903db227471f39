package dev.checkout.order.receipt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of receipt downloads. */
@ConfigMapping(prefix = "receipts")
public interface ReceiptsConfig {

    /** Retry-After of a 503 while the email-worker cannot be reached: about its circuit's delay (RECEIPTS_RETRY_AFTER). */
    @WithDefault("10s")
    Duration retryAfter();
}
