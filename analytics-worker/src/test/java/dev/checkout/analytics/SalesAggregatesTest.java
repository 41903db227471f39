package dev.checkout.analytics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.analytics.fixtures.AnalyticsDatabase;
import dev.checkout.analytics.fixtures.ConsumerProgress;
import dev.checkout.analytics.fixtures.ExpectedSales;
import dev.checkout.analytics.fixtures.OrderEvents;
import dev.checkout.analytics.reports.CountrySales;
import dev.checkout.analytics.reports.Granularity;
import dev.checkout.analytics.reports.ProductSales;
import dev.checkout.analytics.reports.SalesBucket;
import dev.checkout.analytics.reports.SalesTotals;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static dev.checkout.analytics.fixtures.Analyst.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 7's correctness test: a few hundred generated orders, some delivered twice, some published again under a
 * new event id, all shuffled, end up in aggregates that equal a recomputation from the distinct orders; and the
 * API answers those aggregates with the right bucket boundaries. Each run uses its own currencies, SKUs and days
 * (in the 22nd century), so earlier runs' data never mixes in.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesAggregatesTest {

    private static final int ORDERS = 300;
    private static final int DELIVERED_TWICE = 60;
    private static final int PUBLISHED_AGAIN = 10;
    private static final List<String> COUNTRIES = List.of("DE", "FR", "IE", "US", "JP", "BR");
    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1),
            ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30));

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Inject
    EventContract contract;

    @Inject
    ObjectMapper json;

    private final ExpectedSales expected = new ExpectedSales();
    private final List<String> orderIds = new ArrayList<>();
    private List<String> currencies;
    private String skuPrefix;
    private Instant firstHour;
    private int distinctEvents;

    @BeforeAll
    void publishShuffledOrdersWithRedeliveries() throws Exception {
        long seed = System.nanoTime();
        System.out.println("SalesAggregatesTest seed " + seed);
        Random random = new Random(seed);
        String run = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        currencies = List.of("X" + run, "Y" + run);
        skuPrefix = "SKU-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        // 20:00 UTC on a random day: the orders' 52 hours cross two UTC midnights.
        firstHour = LocalDate.of(2100 + random.nextInt(100), 1, 1).plusDays(random.nextInt(360))
                .atStartOfDay().toInstant(ZoneOffset.UTC).plus(20, ChronoUnit.HOURS);

        List<JsonObject> events = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            events.add(order(random, placedAt(random, i), currencies.get(random.nextInt(currencies.size()))));
        }
        // Around the hour anHourBucketHoldsItsFirstMicrosecondAndNotTheNextHours looks at, whatever the draw.
        Instant hour = firstHour.plus(12, ChronoUnit.HOURS);
        for (Instant at : List.of(hour.minus(1, ChronoUnit.MICROS), hour, hour.plus(1, ChronoUnit.HOURS))) {
            events.add(order(random, at, currencies.get(0)));
        }
        events.forEach(event -> {
            expected.add(event);
            orderIds.add(event.getJsonObject("order").getString("orderId"));
        });
        List<JsonObject> deliveries = new ArrayList<>(events);
        Collections.shuffle(events, random);
        deliveries.addAll(events.subList(0, DELIVERED_TWICE));
        events.subList(DELIVERED_TWICE, DELIVERED_TWICE + PUBLISHED_AGAIN)
                .forEach(event -> deliveries.add(OrderEvents.reissued(event)));
        Collections.shuffle(deliveries, random);
        distinctEvents = events.size() + PUBLISHED_AGAIN;

        ConsumerProgress progress = ConsumerProgress.from(registry);
        try (TestBroker rabbit = TestBroker.of("analytics")) {
            for (JsonObject delivery : deliveries) {
                rabbit.send(delivery);
            }
            rabbit.awaitConfirms();
        }
        progress.awaitSettled(deliveries.size());
    }

    /** A third of the orders sit exactly on an hour's first or last microsecond; the rest anywhere in 52 hours. */
    private Instant placedAt(Random random, int i) {
        Instant hour = firstHour.plus(random.nextInt(52), ChronoUnit.HOURS);
        return switch (i % 6) {
            case 0 -> hour;
            case 1 -> hour.minus(1, ChronoUnit.MICROS);
            default -> hour.plus(random.nextInt(3_600_000), ChronoUnit.MILLIS);
        };
    }

    private JsonObject order(Random random, Instant placedAt, String currency) {
        List<OrderEvents.Line> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(4);
        for (int l = 0; l < lineCount; l++) {
            // Twelve SKUs for up to four lines: some orders list a SKU twice.
            lines.add(new OrderEvents.Line(skuPrefix + random.nextInt(12), 1 + random.nextInt(20), random.nextInt(5000)));
        }
        long linesTotal = lines.stream().mapToLong(OrderEvents.Line::totalMinor).sum();
        // Some orders carry more than their lines (shipping): order revenue is the order's total.
        long total = linesTotal + (random.nextBoolean() ? random.nextInt(900) : 0);
        return OrderEvents.orderPlaced(UUID.randomUUID(), placedAt, OFFSETS.get(random.nextInt(OFFSETS.size())),
                currency, total,
                COUNTRIES.get(random.nextInt(COUNTRIES.size())), lines);
    }

    @Test
    void everyAggregateEqualsARecomputationFromTheDistinctOrders() {
        AnalyticsDatabase database = new AnalyticsDatabase(pool);
        assertThat(database.hourly(currencies)).isEqualTo(expected.hourly());
        assertThat(database.products(skuPrefix)).isEqualTo(expected.products());
        assertThat(database.countries(currencies)).isEqualTo(expected.countries());
    }

    @Test
    void everyEventIsReportedOnceByAContractValidRecordedOutcome() {
        List<AnalyticsDatabase.OutboxRow> outcomes = new AnalyticsDatabase(pool).outcomes(orderIds);

        assertThat(outcomes).hasSize(distinctEvents).allSatisfy(row -> {
            assertThat(row.eventType()).isEqualTo("analytics.recorded");
            assertThat(row.payload().path("orderId").asText()).isEqualTo(row.correlationId());
            assertThat(contract.violations(row.eventType(), 1, row.payload())).isEmpty();
        });
        assertThat(outcomes.stream().map(AnalyticsDatabase.OutboxRow::correlationId).distinct())
                .containsExactlyInAnyOrderElementsOf(orderIds);
    }

    @Test
    void summaryByHourHasEveryBucketOfTheRangeWithItsOrders() {
        Instant from = expected.earliest().truncatedTo(ChronoUnit.HOURS);
        Instant to = expected.latest().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);

        assertSummary(from.toString(), to.toString(), "hour", null, from, to, ChronoUnit.HOURS);
    }

    @Test
    void anHourBucketHoldsItsFirstMicrosecondAndNotTheNextHours() {
        // 10:00+02:00 is 08:00 UTC, the start of a UTC hour: accepted, and the bucket is the UTC hour.
        Instant from = firstHour.plus(12, ChronoUnit.HOURS);
        Instant to = from.plus(1, ChronoUnit.HOURS);
        String fromInPlus2 = from.atOffset(ZoneOffset.ofHours(2)).toString();

        List<SalesBucket> series = assertSummary(fromInPlus2, to.toString(), "hour", currencies.get(0), from, to,
                ChronoUnit.HOURS);
        assertThat(series).hasSize(1);
    }

    @Test
    void summaryByDayCountsWholeUtcDays() {
        LocalDate firstDay = LocalDate.ofInstant(firstHour, ZoneOffset.UTC);
        Instant from = firstDay.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = firstDay.plusDays(4).atStartOfDay().toInstant(ZoneOffset.UTC);

        assertSummary(firstDay.toString(), firstDay.plusDays(4).toString(), "day", null, from, to, ChronoUnit.DAYS);
        assertSummary(firstDay.toString(), firstDay.plusDays(4).toString(), null, currencies.get(1), from, to,
                ChronoUnit.DAYS);
    }

    @Test
    void topProductsRankTheSkusByUnitsWithRevenuePerCurrency() throws Exception {
        LocalDate firstDay = LocalDate.ofInstant(firstHour, ZoneOffset.UTC);
        Instant from = firstDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = firstDay.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);

        String body = analyst()
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("limit", 100)
                .when().get("/analytics/top-products")
                .then().statusCode(200).body("limit", equalTo(100))
                .extract().body().asString();

        List<ProductSales> products = json.convertValue(json.readTree(body).get("products"), new TypeReference<>() { });
        assertThat(products).isEqualTo(expected.topProducts(from, to));
        assertThat(products).hasSize(12);

        String topThree = analyst().queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("limit", 3).when().get("/analytics/top-products").then().statusCode(200)
                .extract().body().asString();
        assertThat(json.convertValue(json.readTree(topThree).get("products"), new TypeReference<List<ProductSales>>() { }))
                .isEqualTo(expected.topProducts(from, to).subList(0, 3));
    }

    @Test
    void countriesListOrdersAndRevenuePerCurrencyOverWholeDays() throws Exception {
        LocalDate firstDay = LocalDate.ofInstant(firstHour, ZoneOffset.UTC);
        Instant from = firstDay.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = firstDay.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);

        String body = analyst()
                .queryParam("from", firstDay.toString()).queryParam("to", firstDay.plusDays(2).toString())
                .when().get("/analytics/countries")
                .then().statusCode(200)
                .body("from", equalTo(from.toString()))
                .extract().body().asString();

        List<CountrySales> countries = json.convertValue(json.readTree(body).get("countries"), new TypeReference<>() { });
        assertThat(countries).isEqualTo(expected.countries(from, to));
    }

    private List<SalesBucket> assertSummary(String fromParameter, String toParameter, String granularity,
                                            String currency, Instant from, Instant to, ChronoUnit bucket) {
        var request = analyst().queryParam("from", fromParameter).queryParam("to", toParameter);
        if (granularity != null) {
            request.queryParam("granularity", granularity);
        }
        if (currency != null) {
            request.queryParam("currency", currency);
        }
        ValidatableResponse response = request.when().get("/analytics/summary").then().statusCode(200)
                .body("from", equalTo(from.toString()))
                .body("granularity", equalTo(bucket == ChronoUnit.HOURS
                        ? Granularity.HOUR.label() : Granularity.DAY.label()));
        try {
            var document = json.readTree(response.extract().body().asString());
            List<SalesBucket> series = json.convertValue(document.get("series"), new TypeReference<>() { });
            List<SalesTotals> totals = json.convertValue(document.get("totals"), new TypeReference<>() { });
            assertThat(series).isEqualTo(expected.series(from, to, bucket, Optional.ofNullable(currency)));
            assertThat(totals).isEqualTo(expected.totals(from, to, Optional.ofNullable(currency)));
            assertThat(totals).extracting(SalesTotals::orders).allMatch(orders -> orders > 0);
            return series;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
