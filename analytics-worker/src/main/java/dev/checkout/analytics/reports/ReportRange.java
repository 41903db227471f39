package dev.checkout.analytics.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A report's time range: {@code from} inclusive, {@code to} exclusive. */
public record ReportRange(Instant from, Instant to) {

    public LocalDate firstDay() {
        return LocalDate.ofInstant(from, ZoneOffset.UTC);
    }

    /** The first day after the range (its end, exclusive); ranges of daily reports are whole UTC days. */
    public LocalDate endDay() {
        return LocalDate.ofInstant(to, ZoneOffset.UTC);
    }
}
