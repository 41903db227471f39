package dev.checkout.email.receipt;

import dev.checkout.email.order.MoneyFormat;
import dev.checkout.email.order.OrderPlaced;
import dev.checkout.email.support.OrderPlacedExamples.Example;
import dev.checkout.email.support.OrderPlacedExamples;
import dev.checkout.email.support.ReceivedEmail.Attachment;
import dev.checkout.email.support.ReceivedEmail;
import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.TestBroker;
import dev.checkout.testsupport.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The receipt attached to the confirmation email, over the real RabbitMQ, PostgreSQL and SMTP server, and served to
 * order-service's service identity at GET /receipts/{orderId}.
 */
@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class ReceiptTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** The client order-service calls as (deploy/keycloak/checkout-realm.json): its service account has receipt-reader. */
    private static final String ORDER_SERVICE = "order-service";

    @Inject
    ReceiptPdf pdf;
    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;

    private TestBroker rabbit;

    @BeforeAll
    static void pollOften() {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
    }

    @BeforeEach
    void connect() throws Exception {
        rabbit = TestBroker.of("email").awaitConsumer();
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    @Test
    void attachesOnePdfReceiptThatNamesTheOrderEveryLineAndTheTotal() throws Exception {
        for (Example example : OrderPlacedExamples.valid()) {
            rabbit.publish(example.messageId(), example.body());

            Attachment receipt = onlyReceipt(awaitOnlyEmail(example.orderId()));
            assertThat(receipt.fileName()).isEqualTo("receipt-" + example.orderId() + ".pdf");
            String text = ReceiptPdfTest.text(receipt.content());
            JsonObject order = example.order();
            assertThat(text).as(example.name()).contains(example.orderId().toString(),
                    "Total " + MoneyFormat.format(order.getLong("totalMinor"), order.getString("currency")));
            for (Object line : order.getJsonArray("lines")) {
                // As the font prints it: names in scripts it lacks (valid-names-in-many-scripts) show "?" there.
                assertThat(text).as(example.name())
                        .contains(ReceiptPdfTest.asPrinted(((JsonObject) line).getString("name")));
            }
        }
    }

    @Test
    void servesTheBytesItAttachedAndRendersTheSameBytesAgain() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        rabbit.publish(example.messageId(), example.body());
        byte[] attached = onlyReceipt(awaitOnlyEmail(example.orderId())).content();

        Response served = RestAssured.given().auth().oauth2(Tokens.ofClient(ORDER_SERVICE))
                .when().get("/receipts/" + example.orderId());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("application/pdf");
        assertThat(served.asByteArray()).isEqualTo(attached);
        assertThat(pdf.render(example.document().mapTo(OrderPlaced.class))).isEqualTo(attached);
    }

    @Test
    void sendsOneEmailWithOneReceiptHoweverOftenItsOrderArrives() throws Exception {
        Example event = OrderPlacedExamples.twoLines();
        // Another event of the same order, a moment later: a receipt rendered from it would carry another date.
        Example sameOrderLater = event.asAnotherEvent();
        sameOrderLater.document().put("occurredAt", "2025-03-14T09:27:30Z");
        double handledBefore = counter("consumer.handled");
        double duplicatesBefore = counter("consumer.duplicates");

        rabbit.publish(event.messageId(), event.body());
        rabbit.publish(event.messageId(), event.body());
        rabbit.publish(sameOrderLater.messageId(), sameOrderLater.body());
        await().atMost(PATIENCE).until(() -> counter("consumer.handled") >= handledBefore + 2
                && counter("consumer.duplicates") >= duplicatesBefore + 1);

        List<MimeMessage> emails = TestSmtpServer.received(messageId(event.orderId()));
        assertThat(emails).hasSize(1);
        byte[] attached = onlyReceipt(ReceivedEmail.of(emails.get(0))).content();
        List<byte[]> stored = stored(event.orderId());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).isEqualTo(attached);
    }

    @Test
    void refusesEveryoneButOrderServicesServiceIdentity() {
        String path = "/receipts/" + UUID.randomUUID();
        AccessMatrix.refused(RestAssured.given().when().get(path), 401, "without a token");
        AccessMatrix.refused(AccessMatrix.bearer(Tokens.expired("sue")).when().get(path), 401, "with an expired token");
        for (String user : List.of("ann", "sue", "sam")) {
            AccessMatrix.refused(AccessMatrix.bearer(Tokens.of(user)).when().get(path), 403, "as " + user);
        }
        AccessMatrix.refused(AccessMatrix.bearer(Tokens.ofClient(ORDER_SERVICE)).when().get(path), 404,
                "as order-service, for an order without a receipt");
        Response malformed = AccessMatrix.bearer(Tokens.ofClient(ORDER_SERVICE)).when().get("/receipts/not-a-uuid");
        AccessMatrix.refused(malformed, 400, "for a malformed order id");
        assertThat(malformed.jsonPath().getString("code")).isEqualTo("validation_failed");
    }

    private static ReceivedEmail awaitOnlyEmail(UUID orderId) {
        List<MimeMessage> received = await().atMost(PATIENCE)
                .until(() -> TestSmtpServer.received(messageId(orderId)), messages -> !messages.isEmpty());
        assertThat(received).as("emails of order %s", orderId).hasSize(1);
        return ReceivedEmail.of(received.get(0));
    }

    private static Attachment onlyReceipt(ReceivedEmail email) {
        assertThat(email.attachments()).hasSize(1);
        Attachment receipt = email.attachments().get(0);
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        return receipt;
    }

    private List<byte[]> stored(UUID orderId) {
        return pool.preparedQuery("select pdf from receipt where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().stream().map(row -> row.getBuffer("pdf").getBytes()).toList();
    }

    private static String messageId(UUID orderId) {
        return "<order-" + orderId + "@checkout.local>";
    }

    private double counter(String name) {
        return metrics.counter(name, "consumer", "email").count();
    }
}
