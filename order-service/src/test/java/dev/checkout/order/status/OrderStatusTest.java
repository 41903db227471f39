package dev.checkout.order.status;

import dev.checkout.order.fixtures.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderStatusApi.awaitProcessed;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.order;
import static dev.checkout.order.fixtures.OrderStatusApi.timeline;
import static dev.checkout.order.fixtures.OrderStatusApi.timelineTypes;
import static dev.checkout.order.fixtures.Workers.analyticsRecorded;
import static dev.checkout.order.fixtures.Workers.emailSent;
import static dev.checkout.order.fixtures.Workers.failed;
import static dev.checkout.order.fixtures.Workers.fraudAssessed;
import static dev.checkout.order.fixtures.Workers.fulfilmentRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The workers' outcomes, published as they publish them, applied to the order's follow-ups and timeline. */
@QuarkusTest
class OrderStatusTest {

    private static Workers workers;

    @Inject
    Pool pool;

    @ConfigProperty(name = "order-status.delayed-after")
    Duration delayedAfter;

    @BeforeAll
    static void connect() throws Exception {
        workers = new Workers();
    }

    @AfterAll
    static void disconnect() throws Exception {
        workers.close();
    }

    @Test
    void everyFollowUpReachesDoneWhenEveryWorkerHandledTheOrder() throws Exception {
        String id = confirmedOrder();

        workers.publish(emailSent(id, Instant.now()));
        workers.publish(fraudAssessed(id, "CLEAR", false, Instant.now()));
        workers.publish(analyticsRecorded(id, Instant.now()));
        workers.publish(fulfilmentRequested(id, "WH-3F2A9C1B", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(states(id))
                .isEqualTo(Map.of("email", "DONE", "fraud", "DONE", "analytics", "DONE", "fulfilment", "DONE")));
        JsonPath order = order(id);
        assertThat(order.getString("status")).isEqualTo("CONFIRMED");
        assertThat(order.getString("followUps.fraud.assessment.decision")).isEqualTo("CLEAR");
        assertThat(order.getString("followUps.email.changedAt")).isNotNull();
        assertThat(order.getString("followUps.fulfilment.reference")).isEqualTo("WH-3F2A9C1B");

        JsonPath timeline = timeline(id);
        assertThat(timeline.getList("entries.seq", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(timeline.getList("entries.type", String.class)).startsWith("order.received", "order.confirmed")
                .containsOnlyOnce("email.sent", "fraud.assessed", "analytics.recorded", "fulfilment.requested");
        List<String> times = timeline.getList("entries.at");
        assertThat(times.stream().map(Instant::parse).toList()).isSorted();
    }

    @Test
    void outcomesDeliveredTwiceAndOutOfOrderEndAsIfDeliveredOnceInOrder() throws Exception {
        Instant earlier = Instant.now().minusSeconds(60);
        Instant later = Instant.now().minusSeconds(30);
        String inOrder = confirmedOrder();
        String shuffled = confirmedOrder();

        for (JsonObject event : outcomes(inOrder, earlier, later)) {
            deliver(event, event.getString("eventId"));
        }
        List<JsonObject> newestFirst = new ArrayList<>(outcomes(shuffled, earlier, later));
        Collections.reverse(newestFirst);
        // Each one twice, the second time as another message, so the messaging library cannot skip it as a duplicate.
        for (JsonObject event : newestFirst) {
            deliver(event, event.getString("eventId"));
            deliver(event, UUID.randomUUID().toString());
        }

        JsonPath expected = order(inOrder);
        JsonPath actual = order(shuffled);
        for (String followUp : List.of("email", "fraud", "analytics")) {
            assertThat(actual.getString("followUps." + followUp + ".state"))
                    .isEqualTo(expected.getString("followUps." + followUp + ".state"));
        }
        assertThat(actual.getMap("followUps.fraud.assessment")).isEqualTo(expected.getMap("followUps.fraud.assessment"))
                .containsEntry("decision", "CLEAR").containsEntry("final", true);
        assertThat(states(shuffled)).isEqualTo(Map.of("email", "DONE", "fraud", "DONE", "analytics", "DONE",
                "fulfilment", "PENDING"));
        // Only what moved a follow-up forward is listed, each once: the newest outcomes came first here.
        assertThat(timelineTypes(shuffled)).containsExactly("order.received", "order.confirmed",
                "analytics.recorded", "fraud.assessed", "email.sent");
    }

    /** email.failed before a replay sent it; the rules' REVIEW before the reviewer's CLEAR; analytics. */
    private static List<JsonObject> outcomes(String orderId, Instant earlier, Instant later) {
        return List.of(
                failed("email", orderId, "smtp_unavailable", earlier),
                fraudAssessed(orderId, "REVIEW", false, earlier),
                emailSent(orderId, later),
                fraudAssessed(orderId, "CLEAR", true, later),
                analyticsRecorded(orderId, later));
    }

    private void deliver(JsonObject event, String messageId) throws Exception {
        workers.publish(event, messageId);
        awaitProcessed(pool, List.of(messageId));
    }

    @Test
    void aFollowUpWithoutAnOutcomeShowsDelayedOnceTheConfiguredTimeHasPassed() throws Exception {
        String late = confirmedOrder();
        String recent = confirmedOrder();
        // As if the order had been confirmed a little longer ago than order-status.delayed-after.
        pool.preparedQuery("""
                        update orders set confirmed_at = confirmed_at - $2 * interval '1 millisecond' where id = $1""")
                .execute(Tuple.of(UUID.fromString(late), delayedAfter.plusSeconds(1).toMillis()))
                .await().indefinitely();

        awaitProcessed(pool, List.of(workers.publish(emailSent(late, Instant.now()))));

        assertThat(states(late)).isEqualTo(Map.of("email", "DONE", "fraud", "DELAYED", "analytics", "DELAYED",
                "fulfilment", "DELAYED"));
        assertThat(states(recent)).isEqualTo(Map.of("email", "PENDING", "fraud", "PENDING", "analytics", "PENDING",
                "fulfilment", "PENDING"));
    }

    @Test
    void aFailureReportedByAWorkerShowsFailedWithItsReasonUntilAReplaySucceeds() throws Exception {
        String id = confirmedOrder();

        awaitProcessed(pool, List.of(workers.publish(failed("analytics", id, "database_unavailable", Instant.now()))));

        JsonPath order = order(id);
        assertThat(order.getString("followUps.analytics.state")).isEqualTo("FAILED");
        assertThat(order.getString("followUps.analytics.failure.reasonCode")).isEqualTo("database_unavailable");
        assertThat(order.getInt("followUps.analytics.failure.attempts")).isEqualTo(4);
        assertThat(order.getString("followUps.email.state")).isEqualTo("PENDING");

        awaitProcessed(pool, List.of(workers.publish(analyticsRecorded(id, Instant.now()))));
        assertThat(order(id).getString("followUps.analytics.state")).isEqualTo("DONE");
        assertThat(timelineTypes(id)).endsWith("analytics.failed", "analytics.recorded");
    }

    @Test
    void aFraudRejectHoldsTheOrderUntilAReviewerClearsIt() throws Exception {
        String id = confirmedOrder();

        awaitProcessed(pool, List.of(workers.publish(fraudAssessed(id, "REJECT", false, Instant.now()))));

        JsonPath held = order(id);
        assertThat(held.getString("status")).isEqualTo("ON_HOLD");
        assertThat(held.getString("followUps.fraud.state")).isEqualTo("DONE");
        assertThat(held.getString("followUps.fraud.assessment.decision")).isEqualTo("REJECT");
        assertThat(timelineTypes(id)).endsWith("fraud.assessed", "order.on_hold");

        awaitProcessed(pool, List.of(workers.publish(fraudAssessed(id, "CLEAR", true, Instant.now()))));

        JsonPath released = order(id);
        assertThat(released.getString("status")).isEqualTo("CONFIRMED");
        assertThat(released.getBoolean("followUps.fraud.assessment.final")).isTrue();
        assertThat(timelineTypes(id)).endsWith("fraud.assessed", "order.on_hold", "fraud.assessed",
                "order.hold_released");
        assertThat(timeline(id).getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void theTimelineOfAnUnknownOrderIsNotFound() {
        as("ann").get("/orders/" + UUID.randomUUID() + "/timeline").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("order_not_found"));
        as("ann").get("/orders/not-an-id/timeline").then().statusCode(404).body("code", equalTo("order_not_found"));
    }

    private static Map<String, String> states(String orderId) {
        Map<String, Map<String, Object>> followUps = order(orderId).getMap("followUps");
        return followUps.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, followUp -> (String) followUp.getValue().get("state")));
    }
}
