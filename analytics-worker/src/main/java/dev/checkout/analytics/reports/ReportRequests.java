package dev.checkout.analytics.reports;

import dev.checkout.problem.FieldError;
import dev.checkout.problem.InvalidRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the report API's query parameters into validated requests, or fails with every offending parameter at
 * once. Instants are RFC 3339 with an offset, or a date meaning the start of that UTC day; ranges must start and
 * end on bucket boundaries, since the aggregates cannot split a bucket.
 */
@ApplicationScoped
public class ReportRequests {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // RFC 3339 years have four digits; anything beyond would also fall outside what PostgreSQL stores.
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private final ReportsConfig config;

    ReportRequests(ReportsConfig config) {
        this.config = config;
    }

    public SummaryRequest summary(String from, String to, String granularity, String currency) {
        Problems problems = new Problems();
        Optional<Granularity> width = granularity == null ? Optional.of(Granularity.DAY) : Granularity.named(granularity);
        if (width.isEmpty()) {
            problems.add("granularity", "must be one of: hour, day");
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problems.add("currency", "must be an ISO 4217 code in upper case, e.g. EUR");
        }
        Optional<ReportRange> range = width.flatMap(g -> range(problems, from, to, g,
                g == Granularity.HOUR ? config.maxHourlySpan() : config.maxDailySpan()));
        problems.failIfAny();
        return new SummaryRequest(range.orElseThrow(), width.orElseThrow(), Optional.ofNullable(currency));
    }

    public TopProductsRequest topProducts(String from, String to, String limit) {
        Problems problems = new Problems();
        Optional<ReportRange> range = range(problems, from, to, Granularity.DAY, config.maxDailySpan());
        int count = config.defaultLimit();
        if (limit != null) {
            try {
                count = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                count = 0;
            }
            if (count < 1 || count > config.maxLimit()) {
                problems.add("limit", "must be an integer from 1 to " + config.maxLimit());
            }
        }
        problems.failIfAny();
        return new TopProductsRequest(range.orElseThrow(), count);
    }

    public ReportRange days(String from, String to) {
        Problems problems = new Problems();
        Optional<ReportRange> range = range(problems, from, to, Granularity.DAY, config.maxDailySpan());
        problems.failIfAny();
        return range.orElseThrow();
    }

    private static Optional<ReportRange> range(Problems problems, String fromValue, String toValue,
                                               Granularity buckets, Duration maxSpan) {
        Optional<Instant> from = boundary(problems, "from", fromValue, buckets);
        Optional<Instant> to = boundary(problems, "to", toValue, buckets);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!from.get().isBefore(to.get())) {
            problems.add("to", "must be after from");
            return Optional.empty();
        }
        if (Duration.between(from.get(), to.get()).compareTo(maxSpan) > 0) {
            problems.add("to", "must be at most " + days(maxSpan) + " after from for " + buckets.label() + " buckets");
            return Optional.empty();
        }
        return Optional.of(new ReportRange(from.get(), to.get()));
    }

    private static Optional<Instant> boundary(Problems problems, String field, String value, Granularity buckets) {
        if (value == null || value.isBlank()) {
            problems.add(field, "is required");
            return Optional.empty();
        }
        Optional<Instant> instant = instant(value);
        if (instant.isEmpty()) {
            problems.add(field, "must be an RFC 3339 instant such as 2025-03-14T09:00:00Z, or a date such as 2025-03-14,"
                    + " with a year from " + MIN_YEAR + " to " + MAX_YEAR);
            return Optional.empty();
        }
        if (!buckets.isBoundary(instant.get())) {
            problems.add(field, "must be the start of a UTC " + buckets.label());
            return Optional.empty();
        }
        return instant;
    }

    private static Optional<Instant> instant(String value) {
        try {
            OffsetDateTime at = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
            int year = at.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(at.toInstant()) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String days(Duration span) {
        return span.toHours() % 24 == 0 ? span.toDays() + " days" : span.toString();
    }

    /** The offending parameters found so far. */
    private static final class Problems {

        private final List<FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        void failIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
        }
    }
}
