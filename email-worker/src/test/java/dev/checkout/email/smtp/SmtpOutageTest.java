package dev.checkout.email.smtp;

import dev.checkout.email.support.OrderPlacedExamples.Example;
import dev.checkout.email.support.OrderPlacedExamples;
import dev.checkout.email.support.RecordedOutcomes;
import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.testsupport.TestBroker;
import dev.checkout.testsupport.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The SMTP server goes away (refusing connections, or accepting them and never answering) while an order is placed:
 * the event is held, not parked, and its one email goes out once the server is back.
 */
@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class SmtpOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    Pool pool;
    @Inject
    EventContract contract;
    @Inject
    MeterRegistry metrics;

    private TestBroker rabbit;

    @BeforeEach
    void connect() throws Exception {
        rabbit = TestBroker.of("email").awaitConsumer();
    }

    @AfterEach
    void close() throws Exception {
        TestSmtpServer.restart();
        rabbit.close();
    }

    @Test
    void holdsTheEventWhileTheServerRefusesConnectionsAndSendsItOnceItIsBack() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        TestSmtpServer.shutDown();

        rabbit.publish(example.messageId(), example.body());

        await().atMost(PATIENCE).until(() -> paused() == 1);
        // Several probes and circuit delays pass: the event is neither parked nor lost.
        Thread.sleep(2000);
        assertThat(paused()).isEqualTo(1);
        assertThat(rabbit.isParked(example.messageId())).isFalse();
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", example.orderId().toString())
                .when().get("/emails")
                .then().statusCode(404);

        TestSmtpServer.restart();

        assertOneEmailAndItsOutcome(example);
        assertThat(rabbit.isParked(example.messageId())).isFalse();
    }

    @Test
    void givesUpOnAHangingServerAfterTheTimeoutAndSendsOnceItAnswersAgain() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        double retriedBefore = retried();
        TestSmtpServer.hang();

        rabbit.publish(example.messageId(), example.body());

        // Without the timeout the first attempt would wait for the server's greeting for good.
        await().atMost(PATIENCE).until(() -> retried() > retriedBefore);
        await().atMost(PATIENCE).until(() -> paused() == 1);
        assertThat(rabbit.isParked(example.messageId())).isFalse();

        TestSmtpServer.restart();

        assertOneEmailAndItsOutcome(example);
        assertThat(rabbit.isParked(example.messageId())).isFalse();
    }

    private void assertOneEmailAndItsOutcome(Example example) {
        String messageId = "<order-" + example.orderId() + "@checkout.local>";
        await().atMost(PATIENCE).until(() -> !TestSmtpServer.received(messageId).isEmpty());
        await().atMost(PATIENCE).until(() -> paused() == 0);
        assertThat(TestSmtpServer.received(messageId)).hasSize(1);
        RecordedOutcomes outcomes = new RecordedOutcomes(pool, contract);
        await().atMost(PATIENCE).until(() -> outcomes.of("email.sent", example.orderId()).size() == 1);
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", example.orderId().toString())
                .when().get("/emails")
                .then().statusCode(200).body("status", equalTo("SENT"));
    }

    private double paused() {
        return metrics.get("consumer.paused").tag("consumer", "email").gauge().value();
    }

    private double retried() {
        return metrics.find("consumer.retried").tag("consumer", "email").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
