package dev.checkout.analytics.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds of the report API, so no single request can make the database scan without limit. */
@ConfigMapping(prefix = "analytics.reports")
public interface ReportsConfig {

    /** Longest range a summary by hour may cover. */
    @WithDefault("P31D")
    Duration maxHourlySpan();

    /** Longest range of a summary by day, of top products and of countries. */
    @WithDefault("P366D")
    Duration maxDailySpan();

    /** Products listed when the request names no limit. */
    @WithDefault("10")
    int defaultLimit();

    @WithDefault("100")
    int maxLimit();
}
