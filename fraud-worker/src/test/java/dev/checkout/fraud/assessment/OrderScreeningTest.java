package dev.checkout.fraud.assessment;

import com.rabbitmq.client.GetResponse;
import dev.checkout.fraud.rules.CardVelocity;
import dev.checkout.fraud.rules.CustomerVelocity;
import dev.checkout.fraud.rules.EmailVelocity;
import dev.checkout.fraud.support.Assessed;
import dev.checkout.fraud.support.OrderEvents;
import dev.checkout.fraud.support.Outcomes;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.checkout.fraud.support.Assessed.awaitAssessment;
import static dev.checkout.fraud.support.Assessed.reasons;
import static dev.checkout.fraud.support.OrderEvents.newCard;
import static dev.checkout.fraud.support.OrderEvents.newCustomer;
import static dev.checkout.fraud.support.OrderEvents.newEmail;
import static dev.checkout.fraud.support.OrderEvents.order;
import static dev.checkout.fraud.support.OrderEvents.orderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders through RabbitMQ, as order-service publishes them, to the assessment and its outcome event. */
@QuarkusTest
class OrderScreeningTest {

    private static TestBroker broker;

    @Inject
    Outcomes outcomes;
    @Inject
    CustomerVelocity.Settings customerVelocity;
    @Inject
    EmailVelocity.Settings emailVelocity;
    @Inject
    CardVelocity.Settings cardVelocity;

    @BeforeAll
    static void connect() throws Exception {
        broker = TestBroker.of("fraud");
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void clearsACleanOrderAndReportsIt() throws Exception {
        JsonObject event = OrderEvents.clean(OrderEvents.someTime());

        JsonObject assessment = assess(event);

        assertThat(assessment.getString("decision")).isEqualTo("CLEAR");
        assertThat(assessment.getInteger("score")).isZero();
        assertThat(assessment.getJsonArray("reasons")).isEmpty();
        assertThat(outcomes.of(orderId(event), "fraud.assessed")).singleElement().satisfies(outcome -> {
            assertThat(outcome.getString("orderId")).isEqualTo(orderId(event));
            assertThat(outcome.getJsonObject("assessment").getMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "decision", "CLEAR", "score", 0, "reasons", List.of(), "final", false));
        });
    }

    @Test
    void reviewsAKnownCustomersHighValueOrderShippedAbroadWithBothReasons() throws Exception {
        Instant at = OrderEvents.someTime();
        String customer = newCustomer();
        String email = newEmail();
        String[] card = newCard();
        assess(order(at, customer, email, 2400, card[1], card));

        JsonObject event = order(at.plusSeconds(60), customer, email, 125000, "FR", new String[]{card[0], "DE"});
        JsonObject assessment = assess(event);

        assertThat(assessment.getString("decision")).isEqualTo("REVIEW");
        assertThat(assessment.getInteger("score")).isEqualTo(55);
        assertThat(reasons(assessment)).containsExactly("high-total", "card-country-mismatch");
        JsonObject outcome = outcomes.of(orderId(event), "fraud.assessed").get(0).getJsonObject("assessment");
        assertThat(outcome.getString("decision")).isEqualTo("REVIEW");
        assertThat(outcome.getJsonArray("reasons")).containsExactly(
                new JsonObject().put("rule", "high-total").put("weight", 30)
                        .put("detail", "total 1250.00 EUR is at or above the threshold of 1000.00 EUR"),
                new JsonObject().put("rule", "card-country-mismatch").put("weight", 25)
                        .put("detail", "shipping country FR differs from card country DE"));
    }

    @Test
    void theNthOrderOfACustomerInTheWindowTripsVelocityAndRedeliveriesDoNotCount() throws Exception {
        int n = customerVelocity.orders();
        Instant start = OrderEvents.someTime();
        String customer = newCustomer();
        List<JsonObject> placed = new ArrayList<>();
        List<String> republishedIds = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            JsonObject event = cleanOrderOf(customer, start.plusSeconds(60L * i));
            assertThat(reasons(assess(event))).doesNotContain("customer-velocity");
            // Each order twice more: redelivered under the same message id, and published again under a new one.
            broker.publish(event);
            JsonObject republished = OrderEvents.republished(event);
            broker.publish(republished);
            placed.add(event);
            republishedIds.add(republished.getString("eventId"));
        }

        JsonObject tripped = assess(cleanOrderOf(customer, start.plusSeconds(60L * n)));
        // A window's length after the last one: the earlier orders have left its window.
        JsonObject outsideTheWindow = assess(cleanOrderOf(customer,
                start.plusSeconds(60L * n).plus(customerVelocity.window()).plusSeconds(1)));

        assertThat(signal(tripped, "customer-velocity").getString("detail"))
                .isEqualTo(n + " orders from customer " + customer + " within 1h (threshold " + n + ")");
        assertThat(reasons(outsideTheWindow)).doesNotContain("customer-velocity");
        // The events published again were handled (acknowledged, not retried) and changed nothing.
        await().atMost(Duration.ofSeconds(20)).until(() -> republishedIds.stream().allMatch(outcomes::handled));
        for (JsonObject event : placed) {
            assertThat(outcomes.of(orderId(event), "fraud.assessed")).hasSize(1);
            assertThat(outcomes.of(orderId(event), "fraud.failed")).isEmpty();
        }
    }

    @Test
    void countsAMailboxAndACardAcrossCustomers() throws Exception {
        Instant start = OrderEvents.someTime();
        String mailbox = "eve." + newCustomer();
        List<String> fired = new ArrayList<>();
        for (int i = 1; i <= emailVelocity.orders(); i++) {
            // One mailbox, written differently each time.
            String email = (i % 2 == 0 ? mailbox.toUpperCase() : mailbox) + "+" + i + "@example.org";
            String[] card = newCard();
            JsonObject assessment = assess(order(start.plusSeconds(i), newCustomer(), email, 2400, card[1], card));
            fired.add(String.join(",", reasons(assessment)));
        }
        String[] card = newCard();
        for (int i = 1; i <= cardVelocity.orders(); i++) {
            JsonObject assessment = assess(order(start.plusSeconds(100 + i), newCustomer(), newEmail(), 2400,
                    card[1], card));
            fired.add(String.join(",", reasons(assessment)));
        }

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= emailVelocity.orders(); i++) {
            expected.add(i == emailVelocity.orders() ? "email-velocity" : "");
        }
        for (int i = 1; i <= cardVelocity.orders(); i++) {
            expected.add(i == cardVelocity.orders() ? "card-velocity" : "");
        }
        assertThat(fired).containsExactlyElementsOf(expected);
    }

    @Test
    void aBurstOfOrdersFromOneCustomerIsCountedExactly() throws Exception {
        int n = customerVelocity.orders();
        Instant at = OrderEvents.someTime();
        String customer = newCustomer();
        List<JsonObject> burst = new ArrayList<>();
        for (int i = 0; i < n + 1; i++) {
            burst.add(cleanOrderOf(customer, at));
        }

        // All at once: the worker handles them concurrently, and must still see each of them exactly once.
        for (JsonObject event : burst) {
            broker.publish(event);
        }
        List<List<String>> reasons = new ArrayList<>();
        for (JsonObject event : burst) {
            reasons.add(reasons(awaitAssessment(orderId(event))));
        }

        assertThat(reasons.stream().filter(fired -> fired.contains("customer-velocity")).count()).isEqualTo(2);
    }

    @Test
    void assessesEveryValidExampleOfTheContract() throws Exception {
        List<Path> examples = OrderEvents.examples("valid");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            JsonObject event = OrderEvents.freshCopy(example);

            assess(event);

            assertThat(outcomes.of(orderId(event), "fraud.assessed")).as(example.getFileName().toString())
                    .hasSize(1);
        }
    }

    @Test
    void parksEveryInvalidExampleAtOnceAndReportsTheFailure() throws Exception {
        List<Path> examples = OrderEvents.examples("invalid");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            String name = example.getFileName().toString();
            JsonObject event = OrderEvents.freshCopy(example);
            String messageId = UUID.randomUUID().toString();

            broker.publish(messageId, event.encode());

            GetResponse parked = broker.awaitParked(messageId);
            Map<String, Object> headers = parked.getProps().getHeaders();
            assertThat(headers.get("x-failure-reason")).as(name).hasToString(expectedReason(name));
            assertThat(headers.get("x-attempts")).as(name).isEqualTo(1);
            String orderId = OrderEvents.wellFormedOrderId(event);
            if (orderId != null) {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> !outcomes.of(orderId, "fraud.failed").isEmpty());
                JsonObject failure = outcomes.of(orderId, "fraud.failed").get(0).getJsonObject("failure");
                assertThat(failure.getString("reasonCode")).as(name).hasToString(headers.get("x-failure-reason")
                        .toString());
                assertThat(failure.getInteger("attempts")).as(name).isEqualTo(1);
                assertThat(outcomes.assessments(orderId)).as(name).isZero();
                assertThat(outcomes.of(orderId, "fraud.assessed")).as(name).isEmpty();
            }
        }
    }

    @Test
    void parksABodyThatIsNotJson() throws Exception {
        String messageId = UUID.randomUUID().toString();

        broker.publish(messageId, "order placed, honestly");

        GetResponse parked = broker.awaitParked(messageId);
        assertThat(parked.getProps().getHeaders().get("x-failure-reason")).hasToString("unparseable");
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).isEqualTo("order placed, honestly");
    }

    /** No contract for another event type or version; a violation of order.placed v1 for everything else. */
    private static String expectedReason(String example) {
        return example.equals("invalid-schema-version-2.json") || example.equals("invalid-event-type-mismatch.json")
                ? "unknown_schema_version" : "schema_violation";
    }

    /** Of the customer, from a mailbox and with a card no other order uses, shipped to the card's country. */
    private static JsonObject cleanOrderOf(String customer, Instant at) {
        String[] card = newCard();
        return order(at, customer, newEmail(), 2400, card[1], card);
    }

    private static JsonObject assess(JsonObject event) throws Exception {
        return Assessed.assess(broker, event);
    }

    private static JsonObject signal(JsonObject assessment, String rule) {
        return assessment.getJsonArray("reasons").stream().map(JsonObject.class::cast)
                .filter(reason -> reason.getString("rule").equals(rule)).findFirst().orElseThrow();
    }
}
