package dev.checkout.email.confirmation;

import com.rabbitmq.client.GetResponse;
import dev.checkout.email.order.MoneyFormat;
import dev.checkout.email.support.OrderPlacedExamples.Example;
import dev.checkout.email.support.OrderPlacedExamples;
import dev.checkout.email.support.ReceivedEmail;
import dev.checkout.email.support.RecordedOutcomes;
import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.messaging.statuslink.StatusLinkKeys;
import dev.checkout.testsupport.TestBroker;
import dev.checkout.testsupport.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** order.placed in, confirmation email out, over the real RabbitMQ, PostgreSQL and an SMTP server (GreenMail). */
@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class OrderConfirmationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** A database that refuses to record a sent email for this recipient, as if its write failed. */
    private static final String REFUSED_BY_DATABASE = "db-refuses@example.com";
    private static final String REFUSE_RECIPIENT = """
            create or replace function refuse_test_recipient() returns trigger language plpgsql as $$
            begin
                if new.status = 'SENT' and new.recipient = '%s' then
                    raise exception 'test: the database refuses this delivery record';
                end if;
                return new;
            end $$;
            create trigger refuse_test_recipient before insert or update on email_delivery
                for each row execute function refuse_test_recipient()""".formatted(REFUSED_BY_DATABASE);
    private static final String ACCEPT_RECIPIENT = """
            drop trigger if exists refuse_test_recipient on email_delivery;
            drop function if exists refuse_test_recipient()""";

    private final StatusLinkKeys linkKeys = new StatusLinkKeys(
            ConfigProvider.getConfig().getValue("email.status-link-key", String.class), Optional.empty());

    @Inject
    Pool pool;
    @Inject
    EventContract contract;
    @Inject
    MeterRegistry metrics;
    @Inject
    CircuitBreakerMaintenance circuits;

    private TestBroker rabbit;
    private RecordedOutcomes outcomes;

    @BeforeAll
    static void pollOften() {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
    }

    @BeforeEach
    void connect() throws Exception {
        rabbit = TestBroker.of("email").awaitConsumer();
        outcomes = new RecordedOutcomes(pool, contract);
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    @Test
    void sendsOneConfirmationWithBothPartsForEveryValidExample() throws Exception {
        List<Example> examples = OrderPlacedExamples.valid();
        for (Example example : examples) {
            rabbit.publish(example.messageId(), example.body());
        }

        for (Example example : examples) {
            JsonObject order = example.order();
            String messageId = "<order-" + example.orderId() + "@checkout.local>";
            ReceivedEmail email = awaitOnlyEmail(messageId);

            assertThat(email.subject()).isEqualTo("Your order " + example.orderId() + " is confirmed");
            assertThat(email.to()).containsExactly(order.getJsonObject("customer").getString("email"));
            assertThat(email.from()).containsExactly("orders@checkout.local");
            assertThat(email.text()).as(example.name()).isNotNull();
            assertThat(email.html()).as(example.name()).isNotNull();
            String currency = order.getString("currency");
            String total = MoneyFormat.format(order.getLong("totalMinor"), currency);
            String link = statusLink(email.text(), example);
            assertThat(email.text()).contains(order.getJsonObject("customer").getString("name"), example.orderId().toString(),
                    "Total: " + total, order.getJsonObject("shippingAddress").getString("line1"));
            assertThat(email.html()).contains(html(order.getJsonObject("customer").getString("name")), total,
                    "href=\"" + link + "\"");
            for (Object value : order.getJsonArray("lines")) {
                JsonObject line = (JsonObject) value;
                assertThat(email.text()).contains(line.getInteger("quantity") + " x " + line.getString("name") + " ("
                        + line.getString("sku") + ") at " + MoneyFormat.format(line.getLong("unitPriceMinor"), currency)
                        + ": " + MoneyFormat.format(line.getLong("lineTotalMinor"), currency));
                assertThat(email.html()).contains(html(line.getString("name")),
                        MoneyFormat.format(line.getLong("lineTotalMinor"), currency));
            }

            JsonObject sent = awaitOnlyOutcome("email.sent", example.orderId());
            assertThat(sent.getString("orderId")).isEqualTo(example.orderId().toString());
            assertThat(sent.getJsonObject("email").getString("messageId")).isEqualTo(messageId);
            assertThat(sent.getJsonObject("email").getString("recipient"))
                    .isEqualTo(order.getJsonObject("customer").getString("email"));
            RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", example.orderId().toString())
                    .when().get("/emails")
                    .then().statusCode(200)
                    .body("status", equalTo("SENT"))
                    .body("messageId", equalTo(messageId))
                    .body("attempts", equalTo(1))
                    .body("sentAt", equalTo(sent.getJsonObject("email").getString("sentAt")));
        }
    }

    /** The email's link to its order, whose token order-service admits for that order until 30 days after it. */
    private String statusLink(String text, Example example) {
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8080/orders/" + example.orderId()
                + "\\?statusToken=(\\S+)").matcher(text);
        assertThat(link.find()).as("a status link in " + text).isTrue();
        Instant expiry = Instant.parse(example.document().getString("occurredAt")).plus(Duration.ofDays(30));
        assertThat(linkKeys.admits(example.orderId(), link.group(1), expiry.minusSeconds(1))).isTrue();
        assertThat(linkKeys.admits(example.orderId(), link.group(1), expiry)).isFalse();
        assertThat(linkKeys.admits(UUID.randomUUID(), link.group(1), expiry.minusSeconds(1))).isFalse();
        return link.group(0);
    }

    @Test
    void showsTheTwoLineOrderTheWayTheShopperReadsIt() throws Exception {
        Example example = OrderPlacedExamples.twoLines();

        rabbit.publish(example.messageId(), example.body());

        ReceivedEmail email = awaitOnlyEmail("<order-" + example.orderId() + "@checkout.local>");
        assertThat(email.text()).contains(
                "Hello Jana Schneider,",
                "2 x Ceramic mug, 350 ml (MUG-CER-350) at €12.99: €25.98",
                "1 x Sencha green tea, 100 g (TEA-SEN-100) at €58.99: €58.99",
                "Total: €84.97",
                "Bergmannstraße 12\n3. OG links\n10961 Berlin\nGermany");
    }

    @Test
    void sendsOneEmailPerOrderHoweverOftenAndInWhateverFormItsEventArrives() throws Exception {
        Example event = OrderPlacedExamples.twoLines();
        Example sameOrderAgain = event.asAnotherEvent();
        double handledBefore = counter("consumer.handled");
        double duplicatesBefore = counter("consumer.duplicates");

        // The same message twice, and the same order as a second event at the same moment.
        rabbit.publish(event.messageId(), event.body());
        rabbit.publish(event.messageId(), event.body());
        rabbit.publish(sameOrderAgain.messageId(), sameOrderAgain.body());
        await().atMost(PATIENCE).until(() -> counter("consumer.handled") >= handledBefore + 2
                && counter("consumer.duplicates") >= duplicatesBefore + 1);
        // Replayed later, after everything was done.
        rabbit.publish(event.messageId(), event.body());
        await().atMost(PATIENCE).until(() -> counter("consumer.duplicates") >= duplicatesBefore + 2);

        assertThat(TestSmtpServer.received("<order-" + event.orderId() + "@checkout.local>")).hasSize(1);
        assertThat(outcomes.of("email.sent", event.orderId())).hasSize(1);
    }

    @Test
    void escapesWhatTheShopperTypedInTheHtmlPart() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        String name = "<script>alert('hi')</script> Ada & \"Bob\"";
        String street = "<b>1 Main St</b>";
        example.order().getJsonObject("customer").put("name", name);
        example.order().getJsonObject("shippingAddress").put("line1", street);

        rabbit.publish(example.messageId(), example.body());

        ReceivedEmail email = awaitOnlyEmail("<order-" + example.orderId() + "@checkout.local>");
        assertThat(email.html())
                .contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; Ada &amp; &quot;Bob&quot;",
                        "&lt;b&gt;1 Main St&lt;/b&gt;")
                .doesNotContain("<script>", "<b>1 Main St");
        assertThat(email.text()).contains("Hello " + name + ",", street);
    }

    @Test
    void parksAnOrderWhoseRecipientTheServerRejectsAndStillEmailsTheOthers() throws Exception {
        Example rejected = OrderPlacedExamples.twoLines();
        String address = "nobody@" + TestSmtpServer.REJECTED_DOMAIN;
        rejected.order().getJsonObject("customer").put("email", address);
        Example accepted = OrderPlacedExamples.twoLines();

        rabbit.publish(rejected.messageId(), rejected.body());
        rabbit.publish(accepted.messageId(), accepted.body());

        Map<String, Object> headers = rabbit.awaitParked(rejected.messageId()).getProps().getHeaders();
        assertThat(headers.get("x-failure-reason")).hasToString("recipient_rejected");
        assertThat(headers.get("x-exception-message")).hasToString(TestSmtpServer.rejection(address));
        assertThat(headers.get("x-attempts")).isEqualTo(1);
        JsonObject failed = awaitOnlyOutcome("email.failed", rejected.orderId());
        assertThat(failed.getJsonObject("failure").getMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "reasonCode", "recipient_rejected", "message", TestSmtpServer.rejection(address), "attempts", 1));
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", rejected.orderId().toString())
                .when().get("/emails")
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("recipient", equalTo(address))
                .body("failureReason", equalTo("recipient_rejected"))
                .body("smtpResponse", equalTo(TestSmtpServer.rejection(address)));
        assertThat(TestSmtpServer.received("<order-" + rejected.orderId() + "@checkout.local>")).isEmpty();
        awaitOnlyEmail("<order-" + accepted.orderId() + "@checkout.local>");
        assertThat(outcomes.of("email.sent", rejected.orderId())).isEmpty();
    }

    @Test
    void rejectionsDoNotOpenTheCircuit() throws Exception {
        List<Example> rejected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Example example = OrderPlacedExamples.twoLines();
            example.order().getJsonObject("customer").put("email", "nobody" + i + "@" + TestSmtpServer.REJECTED_DOMAIN);
            rejected.add(example);
            rabbit.publish(example.messageId(), example.body());
        }

        for (Example example : rejected) {
            rabbit.awaitParked(example.messageId());
        }
        assertThat(circuits.currentState("smtp")).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void sendsNothingWhileTheDeliveryRecordCannotBeWrittenAndSendsOnceAReplayFindsItFixed() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        example.order().getJsonObject("customer").put("email", REFUSED_BY_DATABASE);
        String messageId = "<order-" + example.orderId() + "@checkout.local>";
        pool.query(REFUSE_RECIPIENT).execute().await().indefinitely();
        GetResponse parked;
        try {
            rabbit.publish(example.messageId(), example.body());

            parked = rabbit.awaitParked(example.messageId());
        } finally {
            pool.query(ACCEPT_RECIPIENT).execute().await().indefinitely();
        }
        assertThat(parked.getProps().getHeaders().get("x-failure-reason")).hasToString("retries_exhausted");
        assertThat(TestSmtpServer.received(messageId)).isEmpty();
        JsonObject failed = awaitOnlyOutcome("email.failed", example.orderId());
        assertThat(failed.getJsonObject("failure").getString("reasonCode")).isEqualTo("retries_exhausted");
        assertThat(failed.getJsonObject("failure").getInteger("attempts")).isEqualTo(3);

        // What the dead-letter admin's replay does: back to the consumer's own queue, same message id.
        rabbit.replay(parked);

        awaitOnlyEmail(messageId);
        awaitOnlyOutcome("email.sent", example.orderId());
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", example.orderId().toString())
                .when().get("/emails")
                .then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("attempts", equalTo(4))
                .body("failureReason", equalTo(null));
    }

    @Test
    void aStrayFailureForAnOrderAlreadyEmailedChangesNothing() throws Exception {
        Example example = OrderPlacedExamples.twoLines();
        rabbit.publish(example.messageId(), example.body());
        awaitOnlyOutcome("email.sent", example.orderId());
        Example broken = example.asAnotherEvent();
        broken.order().remove("payment");
        double parkedBefore = metrics.counter("consumer.parked", "consumer", "email", "reason", "schema_violation").count();

        rabbit.publish(broken.messageId(), broken.body());

        rabbit.awaitParked(broken.messageId());
        await().atMost(PATIENCE).until(() ->
                metrics.counter("consumer.parked", "consumer", "email", "reason", "schema_violation").count() > parkedBefore);
        assertThat(outcomes.of("email.failed", example.orderId())).isEmpty();
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", example.orderId().toString())
                .when().get("/emails")
                .then().statusCode(200).body("status", equalTo("SENT"));
    }

    @Test
    void keepsOneFailedRecordPerOrderHoweverManyOfItsMessagesAreParked() throws Exception {
        Example first = OrderPlacedExamples.twoLines();
        first.order().remove("payment");
        Example second = first.asAnotherEvent();
        second.order().put("currency", "eur");

        rabbit.publish(first.messageId(), first.body());
        rabbit.publish(second.messageId(), second.body());

        rabbit.awaitParked(first.messageId());
        rabbit.awaitParked(second.messageId());
        await().atMost(PATIENCE).until(() -> outcomes.of("email.failed", first.orderId()).size() == 2);
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", first.orderId().toString())
                .when().get("/emails")
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("schema_violation"))
                .body("attempts", equalTo(2));
    }

    @Test
    void parksEveryInvalidExampleAtOnceAndSendsNothing() throws Exception {
        List<Example> examples = OrderPlacedExamples.invalid();
        for (Example example : examples) {
            rabbit.publish(example.messageId(), example.body());
        }

        List<UUID> reported = new ArrayList<>();
        for (Example example : examples) {
            GetResponse parked = rabbit.awaitParked(example.messageId());
            assertThat(parked.getProps().getHeaders().get("x-failure-reason").toString()).as(example.name())
                    .isIn("schema_violation", "unknown_schema_version");
            assertThat(parked.getProps().getHeaders().get("x-attempts")).as(example.name()).isEqualTo(1);
            if (example.orderId() != null) {
                reported.add(example.orderId());
            }
        }
        assertThat(reported).isNotEmpty();
        for (UUID orderId : reported) {
            // The order's follow-up is reported as failed, never left pending; nothing was sent.
            JsonObject failed = awaitOnlyOutcome("email.failed", orderId);
            assertThat(failed.getJsonObject("failure").getString("reasonCode"))
                    .isIn("schema_violation", "unknown_schema_version");
            assertThat(TestSmtpServer.received("<order-" + orderId + "@checkout.local>")).isEmpty();
            assertThat(outcomes.of("email.sent", orderId)).isEmpty();
            RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", orderId.toString())
                    .when().get("/emails")
                    .then().statusCode(200).body("status", equalTo("FAILED"));
        }
    }

    private ReceivedEmail awaitOnlyEmail(String messageId) {
        List<MimeMessage> received = await().atMost(PATIENCE)
                .until(() -> TestSmtpServer.received(messageId), messages -> !messages.isEmpty());
        assertThat(received).as("emails with Message-ID %s", messageId).hasSize(1);
        return ReceivedEmail.of(received.get(0));
    }

    private JsonObject awaitOnlyOutcome(String eventType, UUID orderId) {
        List<JsonObject> recorded = await().atMost(PATIENCE)
                .until(() -> outcomes.of(eventType, orderId), events -> !events.isEmpty());
        assertThat(recorded).as("%s events for order %s", eventType, orderId).hasSize(1);
        return recorded.get(0);
    }

    private double counter(String name) {
        return metrics.counter(name, "consumer", "email").count();
    }

    /** As Qute escapes text in an HTML template. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
