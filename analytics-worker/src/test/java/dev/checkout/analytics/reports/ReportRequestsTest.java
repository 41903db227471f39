package dev.checkout.analytics.reports;

import dev.checkout.problem.FieldError;
import dev.checkout.problem.InvalidRequest;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportRequestsTest {

    private final ReportRequests requests = new ReportRequests(new ReportsConfig() {
        public Duration maxHourlySpan() {
            return Duration.ofDays(31);
        }

        public Duration maxDailySpan() {
            return Duration.ofDays(366);
        }

        public int defaultLimit() {
            return 10;
        }

        public int maxLimit() {
            return 100;
        }
    });

    @Test
    void readsDatesAsTheStartOfTheirUtcDayAndInstantsInAnyOffset() {
        SummaryRequest byDay = requests.summary("2025-03-14", "2025-03-16", null, null);
        SummaryRequest byHour = requests.summary("2025-03-14T10:00:00+01:00", "2025-03-14T10:00:00Z", "hour", "EUR");

        assertThat(byDay.range()).isEqualTo(new ReportRange(Instant.parse("2025-03-14T00:00:00Z"),
                Instant.parse("2025-03-16T00:00:00Z")));
        assertThat(byDay.granularity()).isEqualTo(Granularity.DAY);
        assertThat(byDay.currency()).isEmpty();
        assertThat(byHour.range().from()).isEqualTo(Instant.parse("2025-03-14T09:00:00Z"));
        assertThat(byHour.granularity()).isEqualTo(Granularity.HOUR);
        assertThat(byHour.currency()).contains("EUR");
    }

    @Test
    void listsEveryMissingOrMalformedParameterAtOnce() {
        assertThat(errors(() -> requests.summary(null, "yesterday", "week", "eur"))).containsExactlyInAnyOrder(
                new FieldError("granularity", "must be one of: hour, day"),
                new FieldError("currency", "must be an ISO 4217 code in upper case, e.g. EUR"));
        assertThat(errors(() -> requests.summary(null, "yesterday", "day", null))).extracting(FieldError::field)
                .containsExactly("from", "to");
        assertThat(errors(() -> requests.days("10000-01-01", "2025-13-01"))).extracting(FieldError::field)
                .containsExactly("from", "to");
    }

    @Test
    void rangesMustRunForwards() {
        assertThat(errors(() -> requests.days("2025-03-14", "2025-03-14")))
                .containsExactly(new FieldError("to", "must be after from"));
        assertThat(errors(() -> requests.summary("2025-03-15", "2025-03-14", "day", null)))
                .containsExactly(new FieldError("to", "must be after from"));
    }

    @Test
    void boundsTheSpanPerGranularity() {
        assertThat(requests.summary("2025-03-01", "2025-04-01", "hour", null).range().to())
                .isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(errors(() -> requests.summary("2025-03-01", "2025-04-02", "hour", null)))
                .containsExactly(new FieldError("to", "must be at most 31 days after from for hour buckets"));
        assertThat(requests.topProducts("2024-01-01", "2025-01-01", null).range().to())
                .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(errors(() -> requests.topProducts("2024-01-01", "2025-01-02", null)))
                .containsExactly(new FieldError("to", "must be at most 366 days after from for day buckets"));
    }

    @Test
    void rangesStartAndEndOnBucketBoundaries() {
        assertThat(errors(() -> requests.summary("2025-03-14T09:30:00Z", "2025-03-14T10:00:00.000001Z", "hour", null)))
                .containsExactly(new FieldError("from", "must be the start of a UTC hour"),
                        new FieldError("to", "must be the start of a UTC hour"));
        assertThat(errors(() -> requests.days("2025-03-14T00:00:00+01:00", "2025-03-15")))
                .containsExactly(new FieldError("from", "must be the start of a UTC day"));
        assertThat(errors(() -> requests.summary("2025-03-14T09:00:00Z", "2025-03-15T09:00:00Z", "day", null)))
                .extracting(FieldError::field).containsExactly("from", "to");
    }

    @Test
    void limitsTopProducts() {
        assertThat(requests.topProducts("2025-03-14", "2025-03-15", null).limit()).isEqualTo(10);
        assertThat(requests.topProducts("2025-03-14", "2025-03-15", "100").limit()).isEqualTo(100);
        for (String limit : List.of("0", "101", "ten", "99999999999")) {
            assertThat(errors(() -> requests.topProducts("2025-03-14", "2025-03-15", limit)))
                    .containsExactly(new FieldError("limit", "must be an integer from 1 to 100"));
        }
    }

    private static List<FieldError> errors(ThrowableAssert.ThrowingCallable request) {
        InvalidRequest invalid = catchThrowableOfType(InvalidRequest.class, request);
        assertThat(invalid).as("rejected").isNotNull();
        return invalid.errors();
    }
}
