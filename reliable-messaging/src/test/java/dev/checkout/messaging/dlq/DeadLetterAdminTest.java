package dev.checkout.messaging.dlq;

import dev.checkout.messaging.testapp.LedgerHandler;
import dev.checkout.messaging.testapp.RabbitProbe;
import dev.checkout.messaging.testapp.TestEvents;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;

/** The dead-letter admin API over the test application's ledger consumer, against the real broker. */
@QuarkusTest
class DeadLetterAdminTest {

    private static final String ADMIN = "/admin/dlq/" + LedgerHandler.CONSUMER;

    @Inject
    LedgerHandler handler;
    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;

    private RabbitProbe rabbit;

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
        handler.misconfigured(true);
    }

    @AfterEach
    void close() throws Exception {
        handler.misconfigured(false);
        rabbit.close();
    }

    @Test
    void refusesCallersWithoutTheRightCredentials() {
        RestAssured.when().get("/admin/dlq").then().statusCode(401);
        // This test app authenticates proactively, so a wrong password fails in the routing chain, before Quarkus REST.
        RestAssured.given().auth().preemptive().basic("sre", "wrong").when().get("/admin/dlq").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("unauthenticated"))
                .header("WWW-Authenticate", "Bearer");
        RestAssured.given().auth().preemptive().basic("viewer", "viewer-secret").when().get("/admin/dlq")
                .then().statusCode(403);
    }

    @Test
    void listsAPoisonMessageInItsGroupAndShowsItInFull() throws Exception {
        UUID orderId = UUID.randomUUID();
        String messageId = park("fixable", orderId);

        Map<String, Object> group = admin().when().get(ADMIN + "/groups")
                .then().statusCode(200)
                .extract().jsonPath().getMap("groups.find { it.messageIds.contains('" + messageId + "') }");
        assertThat(group).containsEntry("exceptionType", "dev.checkout.messaging.consumer.PermanentFailure")
                .containsEntry("message", "ledger account for order <id> missing")
                .containsEntry("reason", "ledger_misconfigured");
        assertThat((Integer) group.get("count")).isPositive();
        assertThat(group.get("oldestFailedAt")).isNotNull();

        admin().when().get(ADMIN + "/messages/" + messageId)
                .then().statusCode(200)
                .body("messageId", equalTo(messageId))
                .body("body.order.orderId", equalTo(orderId.toString()))
                .body("properties.type", equalTo("order.placed"))
                .body("headers.'x-failure-reason'", equalTo("ledger_misconfigured"))
                .body("headers.'x-consumer'", equalTo(LedgerHandler.CONSUMER))
                .body("attempts", equalTo(1));

        // Looking removed nothing.
        admin().when().get(ADMIN + "/messages").then().statusCode(200).body("messageId", hasItem(messageId));
        admin().when().get(ADMIN + "/messages/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("parked_message_not_found"));
        admin().when().get("/admin/dlq/nobody/groups").then().statusCode(404);
    }

    @Test
    void replaysAMessageOnceItsCauseIsFixedAndAbsorbsASecondCopy() throws Exception {
        UUID orderId = UUID.randomUUID();
        String messageId = park("fixable", orderId);
        handler.misconfigured(false);

        replay(Map.of("messageId", messageId), 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> ledgerEntries(orderId) == 1);
        admin().when().get(ADMIN + "/messages/" + messageId).then().statusCode(404);
        replay(Map.of("messageId", messageId), 0);

        // A copy that was both parked and replayed (a replay cut off before its ack) is absorbed.
        double duplicates = metrics.counter("consumer.duplicates", "consumer", LedgerHandler.CONSUMER).count();
        rabbit.publish("", "checkout.ledger", TestBroker.properties(messageId, "order.placed"),
                TestEvents.orderPlaced(UUID.fromString(messageId), orderId, "fixable").encode());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                metrics.counter("consumer.duplicates", "consumer", LedgerHandler.CONSUMER).count() > duplicates);
        assertThat(ledgerEntries(orderId)).isEqualTo(1);
        assertThat(audit(messageId)).extracting(r -> r.getString("action")).containsExactly("REPLAY");
    }

    @Test
    void replaysOnlyTheChosenGroupAndDiscardsAnotherWithAnAuditRecord() throws Exception {
        UUID fixableOrder = UUID.randomUUID();
        UUID hopelessOrder = UUID.randomUUID();
        String fixable = park("fixable", fixableOrder);
        String hopeless = park("permanent", hopelessOrder);
        String fixableGroup = groupOf(fixable);
        String hopelessGroup = groupOf(hopeless);
        assertThat(fixableGroup).isNotEqualTo(hopelessGroup);
        handler.misconfigured(false);

        admin().body(Map.of("group", fixableGroup)).when().post(ADMIN + "/replay").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> ledgerEntries(fixableOrder) == 1);
        admin().when().get(ADMIN + "/messages/" + hopeless).then().statusCode(200);

        admin().body(Map.of("group", hopelessGroup)).when().post(ADMIN + "/discard").then().statusCode(400);
        admin().body(Map.of("group", hopelessGroup, "reason", "order was cancelled by support"))
                .when().post(ADMIN + "/discard").then().statusCode(200);

        admin().when().get(ADMIN + "/messages/" + hopeless).then().statusCode(404);
        List<Row> audit = audit(hopeless);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).getString("action")).isEqualTo("DISCARD");
        assertThat(audit.get(0).getString("actor")).isEqualTo("sre");
        assertThat(audit.get(0).getString("reason")).isEqualTo("order was cancelled by support");
        assertThat(audit.get(0).getString("body")).contains(hopelessOrder.toString());
        assertThat(ledgerEntries(hopelessOrder)).isZero();

        // The audit log lists it too, newest first, with the operator and the reason (the kept body stays inside).
        admin().when().get(ADMIN + "/audit").then().statusCode(200)
                .body("find { it.messageId == '" + hopeless + "' }.action", equalTo("DISCARD"))
                .body("find { it.messageId == '" + hopeless + "' }.actor", equalTo("sre"))
                .body("find { it.messageId == '" + hopeless + "' }.reason", equalTo("order was cancelled by support"))
                .body("find { it.messageId == '" + hopeless + "' }.body", nullValue());
        RestAssured.given().auth().preemptive().basic("viewer", "viewer-secret").when().get(ADMIN + "/audit")
                .then().statusCode(403);
    }

    @Test
    void readingTheParkingLotTwoHundredTimesLeavesEveryMessageAsItWas() throws Exception {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            UUID messageId = UUID.randomUUID();
            String body = TestEvents.orderPlaced(messageId, UUID.randomUUID(), "permanent").encode();
            rabbit.publish("checkout.events", "order.placed", TestBroker.properties(messageId.toString(), "order.placed"),
                    body);
            bodies.put(messageId.toString(), body);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> bodies.keySet().forEach(id ->
                admin().when().get(ADMIN + "/messages/" + id).then().statusCode(200)));
        Map<String, Object> shown = new java.util.HashMap<>();
        bodies.keySet().forEach(id -> shown.put(id, show(id)));
        List<String> ids = List.copyOf(bodies.keySet());

        // Far past RabbitMQ 4.x's default delivery limit of 20 for quorum queues.
        for (int read = 0; read < 200; read++) {
            switch (read % 3) {
                case 0 -> admin().when().get(ADMIN + "/messages").then().statusCode(200);
                case 1 -> admin().when().get(ADMIN + "/groups").then().statusCode(200);
                default -> admin().when().get(ADMIN + "/messages/" + ids.get(read % 5)).then().statusCode(200);
            }
        }

        List<String> listed = admin().when().get(ADMIN + "/messages").then().statusCode(200)
                .extract().jsonPath().getList("messageId", String.class);
        assertThat(listed.stream().filter(bodies::containsKey)).hasSize(5);
        ids.forEach(id -> assertThat(show(id)).as("parked message %s", id).isEqualTo(shown.get(id)));
        List<com.rabbitmq.client.GetResponse> raw = rabbit.drain("checkout.ledger.dlq").stream()
                .filter(m -> bodies.containsKey(m.getProps().getMessageId())).toList();
        assertThat(raw).hasSize(5);
        raw.forEach(m -> assertThat(new String(m.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(bodies.get(m.getProps().getMessageId())));
    }

    private Object show(String messageId) {
        return admin().when().get(ADMIN + "/messages/" + messageId).then().statusCode(200).extract().jsonPath().get();
    }

    @Test
    void refusesAReplayThatNamesNothingOrTooMuch() {
        admin().body(Map.of()).when().post(ADMIN + "/replay").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation_failed"));
        admin().body(Map.of("messageId", "x", "all", true)).when().post(ADMIN + "/replay").then().statusCode(400);
    }

    private String park(String script, UUID orderId) throws Exception {
        String messageId = UUID.randomUUID().toString();
        rabbit.publish("checkout.events", "order.placed", TestBroker.properties(messageId, "order.placed"),
                TestEvents.orderPlaced(UUID.fromString(messageId), orderId, script).encode());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                admin().when().get(ADMIN + "/messages/" + messageId).then().statusCode(200));
        return messageId;
    }

    private String groupOf(String messageId) {
        return admin().when().get(ADMIN + "/messages/" + messageId).then().statusCode(200).extract().path("group");
    }

    private void replay(Map<String, Object> request, int expected) {
        admin().body(request).when().post(ADMIN + "/replay").then().statusCode(200).body("replayed", equalTo(expected));
    }

    private RequestSpecification admin() {
        return RestAssured.given().auth().preemptive().basic("sre", "sre-secret").contentType(ContentType.JSON);
    }

    private long ledgerEntries(UUID orderId) {
        return pool.preparedQuery("select count(*) from ledger_entry where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private List<Row> audit(String messageId) {
        List<Row> rows = new java.util.ArrayList<>();
        pool.preparedQuery("select action, actor, reason, body from dead_letter_audit where message_id = $1 order by id")
                .execute(Tuple.of(messageId)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
