package dev.checkout.analytics.reports;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The width of a summary's buckets: a UTC hour or a UTC day. */
public enum Granularity {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Granularity(ChronoUnit unit) {
        this.unit = unit;
    }

    public static Optional<Granularity> named(String name) {
        return Arrays.stream(values()).filter(granularity -> granularity.label().equals(name)).findFirst();
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a bucket starts at this instant. */
    public boolean isBoundary(Instant instant) {
        return instant.truncatedTo(unit).equals(instant);
    }

    public Instant next(Instant bucketStart) {
        return bucketStart.plus(1, unit);
    }
}
