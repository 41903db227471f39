package dev.checkout.messaging.consumer;

import com.rabbitmq.client.GetResponse;
import dev.checkout.messaging.testapp.LedgerHandler;
import dev.checkout.messaging.testapp.RabbitProbe;
import dev.checkout.messaging.testapp.TestEvents;
import dev.checkout.testsupport.ContractFolder;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The consumer against the real RabbitMQ and PostgreSQL, with the test application's ledger handler. */
@QuarkusTest
class ReliableConsumerTest {

    private static final String DLQ = "checkout.ledger.dlq";

    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;
    @Inject
    LedgerHandler handler;

    private RabbitProbe rabbit;
    private final List<GetResponse> parked = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
        // Wait for the consumer to have declared its queues.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> rabbit.count(DLQ) >= 0);
    }

    @AfterEach
    void close() throws Exception {
        handler.downstreamDown(false);
        rabbit.close();
    }

    @Test
    void handlesAMessageDeliveredTwiceOnce() throws Exception {
        UUID orderId = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();
        double duplicatesBefore = counter("consumer.duplicates");

        publish(messageId, TestEvents.orderPlaced(UUID.fromString(messageId), orderId, "ok").encode());
        publish(messageId, TestEvents.orderPlaced(UUID.fromString(messageId), orderId, "ok").encode());

        await().atMost(Duration.ofSeconds(10)).until(() -> counter("consumer.duplicates") > duplicatesBefore);
        assertThat(ledgerEntries(orderId)).isEqualTo(1);
    }

    @Test
    void retriesATransientFailureThroughTheTiersThenSucceeds() throws Exception {
        UUID orderId = UUID.randomUUID();
        double firstTierBefore = retried("checkout.ledger.retry.300ms");
        double secondTierBefore = retried("checkout.ledger.retry.600ms");

        publish(UUID.randomUUID().toString(), TestEvents.orderPlaced(UUID.randomUUID(), orderId, "transient-2").encode());

        await().atMost(Duration.ofSeconds(15)).until(() -> ledgerEntries(orderId) == 1);
        assertThat(attemptOf(orderId)).isEqualTo(3);
        assertThat(retried("checkout.ledger.retry.300ms")).isGreaterThanOrEqualTo(firstTierBefore + 1);
        assertThat(retried("checkout.ledger.retry.600ms")).isGreaterThanOrEqualTo(secondTierBefore + 1);
    }

    @Test
    void parksAPermanentFailureAtOnceWithEveryDiagnosticHeader() throws Exception {
        UUID orderId = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();

        publish(messageId, TestEvents.orderPlaced(UUID.fromString(messageId), orderId, "permanent").encode());

        GetResponse message = awaitParked(messageId);
        Map<String, Object> headers = message.getProps().getHeaders();
        assertThat(headers).containsKeys("x-exception-stacktrace", "x-failed-at");
        assertThat(headers.get("x-failure-reason")).hasToString("rule_never_passes");
        assertThat(headers.get("x-exception-type")).hasToString(PermanentFailure.class.getName());
        assertThat(headers.get("x-exception-message")).hasToString("this order can never pass");
        assertThat(headers.get("x-original-exchange")).hasToString("checkout.events");
        assertThat(headers.get("x-original-routing-key")).hasToString("order.placed");
        assertThat(headers.get("x-consumer")).hasToString(LedgerHandler.CONSUMER);
        assertThat(headers.get("x-attempts")).isEqualTo(1);
        assertThat(headers.get("schema-version")).isEqualTo(1);
        assertThat(message.getProps().getMessageId()).isEqualTo(messageId);
        assertThat(message.getProps().getType()).isEqualTo("order.placed");
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).contains(orderId.toString());
        assertThat(ledgerEntries(orderId)).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> failuresReported(messageId, "rule_never_passes") == 1);
    }

    @Test
    void parksAMessageThatKeepsFailingAfterTheLastTier() throws Exception {
        UUID orderId = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();

        publish(messageId, TestEvents.orderPlaced(UUID.fromString(messageId), orderId, "always-failing").encode());

        Map<String, Object> headers = awaitParked(messageId).getProps().getHeaders();
        await().atMost(Duration.ofSeconds(5)).until(() -> failuresReported(messageId, "retries_exhausted") == 1);
        assertThat(headers.get("x-failure-reason")).hasToString("retries_exhausted");
        assertThat(headers.get("x-attempts")).isEqualTo(3);
        assertThat(headers.get("x-exception-type")).hasToString(IllegalStateException.class.getName());
        assertThat(headers.get("x-original-routing-key")).hasToString("order.placed");
    }

    @Test
    void parksWhatBreaksTheContractAtOnce() throws Exception {
        String unparseable = UUID.randomUUID().toString();
        String unknownVersion = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();

        publish(unparseable, "{not json");
        publish(unknownVersion, TestEvents.orderPlaced(UUID.fromString(unknownVersion), UUID.randomUUID(), "ok")
                .put("schemaVersion", 99).encode());
        publish(invalid, Files.readString(ContractFolder.examples("order.placed").resolve("invalid-missing-order-id.json")));

        assertThat(awaitParked(unparseable).getProps().getHeaders().get("x-failure-reason")).hasToString("unparseable");
        assertThat(awaitParked(unknownVersion).getProps().getHeaders().get("x-failure-reason"))
                .hasToString("unknown_schema_version");
        assertThat(awaitParked(invalid).getProps().getHeaders().get("x-failure-reason")).hasToString("schema_violation");
        await().atMost(Duration.ofSeconds(5)).until(() -> failuresReported(unparseable, "unparseable") == 1);
    }

    @Test
    void pausesWhileItsDownstreamIsDownAndResumesWhenItIsBack() throws Exception {
        handler.downstreamDown(true);
        UUID held = UUID.randomUUID();
        UUID queued = UUID.randomUUID();

        publish(UUID.randomUUID().toString(), TestEvents.orderPlaced(UUID.randomUUID(), held, "downstream").encode());
        await().atMost(Duration.ofSeconds(10)).until(() -> paused() == 1);
        assertThat(consumerState()).isEqualTo("PAUSED");
        publish(UUID.randomUUID().toString(), TestEvents.orderPlaced(UUID.randomUUID(), queued, "ok").encode());

        // Several probe intervals pass: nothing is handled, nothing goes through the retry tiers.
        Thread.sleep(1500);
        assertThat(ledgerEntries(queued)).isZero();
        assertThat(rabbit.count("checkout.ledger.retry.300ms")).isZero();

        handler.downstreamDown(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> ledgerEntries(held) == 1 && ledgerEntries(queued) == 1);
        assertThat(paused()).isZero();
        assertThat(consumerState()).isEqualTo("RUNNING");
        assertThat(attemptOf(held)).isEqualTo(1);
    }

    /** The consumer's state as the dead-letter admin API (and so the console) shows it. */
    private static String consumerState() {
        return RestAssured.given().auth().preemptive().basic("sre", "sre-secret").get("/admin/dlq")
                .then().statusCode(200)
                .body("find { it.consumer == '" + LedgerHandler.CONSUMER + "' }.waiting", greaterThanOrEqualTo(0))
                .extract().path("find { it.consumer == '" + LedgerHandler.CONSUMER + "' }.state");
    }

    private void publish(String messageId, String body) throws Exception {
        rabbit.publish("checkout.events", "order.placed", TestBroker.properties(messageId, "order.placed"), body);
    }

    private GetResponse awaitParked(String messageId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            parked.addAll(rabbit.drain(DLQ));
            return parked.stream().filter(m -> messageId.equals(m.getProps().getMessageId())).findFirst().orElse(null);
        }, m -> m != null);
    }

    private long ledgerEntries(UUID orderId) {
        return pool.preparedQuery("select count(*) from ledger_entry where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private long failuresReported(String messageId, String reason) {
        return pool.preparedQuery("select count(*) from ledger_failure where message_id = $1 and reason = $2")
                .execute(Tuple.of(messageId, reason)).await().indefinitely().iterator().next().getLong(0);
    }

    private int attemptOf(UUID orderId) {
        return pool.preparedQuery("select attempt from ledger_entry where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().iterator().next().getInteger(0);
    }

    private double counter(String name) {
        return metrics.counter(name, "consumer", LedgerHandler.CONSUMER).count();
    }

    private double retried(String tier) {
        return metrics.counter("consumer.retried", "consumer", LedgerHandler.CONSUMER, "tier", tier).count();
    }

    private double paused() {
        return metrics.get("consumer.paused").tag("consumer", LedgerHandler.CONSUMER).gauge().value();
    }
}
