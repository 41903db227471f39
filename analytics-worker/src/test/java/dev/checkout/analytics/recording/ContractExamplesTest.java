package dev.checkout.analytics.recording;

import com.rabbitmq.client.GetResponse;
import dev.checkout.analytics.fixtures.AnalyticsDatabase;
import dev.checkout.analytics.fixtures.ConsumerProgress;
import dev.checkout.analytics.fixtures.OrderEvents;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer against the contract's own examples: every valid order.placed is counted where its event time says
 * (unknown fields ignored); every invalid one, and a body that is not JSON, is parked at once and counts nothing.
 */
@QuarkusTest
class ContractExamplesTest {

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Inject
    EventContract contract;

    @Test
    void countsEveryValidExampleInTheBucketsOfItsEventTime() throws Exception {
        AnalyticsDatabase database = new AnalyticsDatabase(pool);
        Map<String, JsonObject> events = new HashMap<>();
        OrderEvents.examples("valid-").forEach((name, example) -> events.put(name, OrderEvents.fresh(example)));
        Map<String, List<Long>> hourlyBefore = database.hourly(List.of("EUR", "GBP"));
        Map<String, List<Long>> countriesBefore = database.countries(List.of("EUR", "GBP"));
        Map<String, List<Long>> productsBefore = database.products("");

        publishAndSettle(events.values().stream().map(event -> new Message(event.getString("eventId"), event.encode()))
                .toList());

        // Two orders at 09:26:53.589Z, EUR: 2 x MUG-CER-350 and 1 x TEA-SEN-100 each, shipped to Germany.
        assertThat(increase(hourlyBefore, database.hourly(List.of("EUR", "GBP")), "2025-03-14T09:00:00Z|EUR"))
                .containsExactly(2L, 2 * 8497L, 6L);
        assertThat(increase(productsBefore, database.products(""), "2025-03-14|MUG-CER-350|EUR"))
                .containsExactly(4L, 2 * 2598L);
        assertThat(increase(countriesBefore, database.countries(List.of("EUR", "GBP")), "2025-03-14|DE|EUR"))
                .containsExactly(2L, 2 * 8497L);
        // 23:59:59+01:00 is 22:59:59 UTC: still the hour from 22:00 and the day of 14 March.
        assertThat(increase(hourlyBefore, database.hourly(List.of("EUR", "GBP")), "2025-03-14T22:00:00Z|GBP"))
                .containsExactly(1L, 0L, 1L);
        assertThat(increase(countriesBefore, database.countries(List.of("EUR", "GBP")), "2025-03-14|IE|GBP"))
                .containsExactly(1L, 0L);

        List<String> orderIds = events.values().stream()
                .map(event -> event.getJsonObject("order").getString("orderId")).toList();
        List<AnalyticsDatabase.OutboxRow> outcomes = database.outcomes(orderIds);
        assertThat(outcomes).hasSize(events.size()).allSatisfy(row -> {
            assertThat(row.eventType()).isEqualTo("analytics.recorded");
            assertThat(contract.violations(row.eventType(), 1, row.payload())).isEmpty();
        });
    }

    @Test
    void parksEveryInvalidExampleAtOnceAndCountsNothing() throws Exception {
        AnalyticsDatabase database = new AnalyticsDatabase(pool);
        try (TestBroker rabbit = TestBroker.of("analytics")) {
            rabbit.drainParkingLot();
        }
        List<Message> messages = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        OrderEvents.examples("invalid-").values().forEach(example -> {
            JsonObject event = OrderEvents.fresh(example);
            messages.add(new Message(UUID.randomUUID().toString(), event.encode()));
            if (event.getValue("order") instanceof JsonObject order && OrderEvents.isUuid(order.getValue("orderId"))) {
                orderIds.add(order.getString("orderId"));
            }
        });
        messages.add(new Message(UUID.randomUUID().toString(), "order placed, honestly"));
        Map<String, Long> totalsBefore = database.grandTotals();

        publishAndSettle(messages);

        assertThat(database.grandTotals()).isEqualTo(totalsBefore);
        Map<String, GetResponse> parked = new HashMap<>();
        try (TestBroker rabbit = TestBroker.of("analytics")) {
            rabbit.drainParkingLot().forEach(message -> parked.put(message.getProps().getMessageId(), message));
        }
        assertThat(parked.keySet()).containsAll(messages.stream().map(Message::id).toList());
        messages.forEach(message -> {
            Map<String, Object> headers = parked.get(message.id()).getProps().getHeaders();
            assertThat(String.valueOf(headers.get("x-failure-reason")))
                    .isIn("schema_violation", "unknown_schema_version", "unparseable");
            assertThat(headers.get("x-attempts")).hasToString("1");
        });
        // Each parked order that names a usable order id is reported failed, by a contract-valid event.
        List<AnalyticsDatabase.OutboxRow> outcomes = database.outcomes(orderIds);
        assertThat(outcomes).hasSize(orderIds.size()).allSatisfy(row -> {
            assertThat(row.eventType()).isEqualTo("analytics.failed");
            assertThat(contract.violations(row.eventType(), 1, row.payload())).isEmpty();
            assertThat(row.payload().path("failure").path("attempts").asInt()).isEqualTo(1);
        });
    }

    private record Message(String id, String body) {
    }

    private void publishAndSettle(List<Message> messages) throws Exception {
        ConsumerProgress progress = ConsumerProgress.from(registry);
        try (TestBroker rabbit = TestBroker.of("analytics")) {
            for (Message message : messages) {
                rabbit.send("order.placed", message.id(), message.body());
            }
            rabbit.awaitConfirms();
        }
        progress.awaitSettled(messages.size());
    }

    private static List<Long> increase(Map<String, List<Long>> before, Map<String, List<Long>> after, String key) {
        List<Long> was = before.getOrDefault(key, after.get(key).stream().map(v -> 0L).toList());
        List<Long> now = after.get(key);
        List<Long> increase = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            increase.add(now.get(i) - was.get(i));
        }
        return increase;
    }
}
