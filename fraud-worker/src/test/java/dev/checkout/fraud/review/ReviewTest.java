package dev.checkout.fraud.review;

import dev.checkout.fraud.support.Assessed;
import dev.checkout.fraud.support.Callers;
import dev.checkout.fraud.support.OrderEvents;
import dev.checkout.fraud.support.Outcomes;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.checkout.fraud.support.Callers.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReviewTest {

    private static TestBroker broker;

    @Inject
    Outcomes outcomes;

    @BeforeAll
    static void connect() throws Exception {
        broker = TestBroker.of("fraud");
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aReviewerDecidesOnceAndTheFinalDecisionIsPublishedInTheirName() throws Exception {
        String published = broker.listen("fraud.assessed");
        JsonObject event = OrderEvents.needingReview(OrderEvents.someTime());
        String orderId = OrderEvents.orderId(event);
        JsonObject assessed = Assessed.assess(broker, event);
        assertThat(assessed.getString("decision")).isEqualTo("REVIEW");

        reviewer().contentType(ContentType.JSON)
                // A name in the body is ignored: the reviewer is the caller.
                .body("{\"decision\": \"CLEAR\", \"reviewer\": \"m.keller\", \"note\": \"Called the customer.\"}")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(200)
                .body("decision", equalTo("CLEAR"))
                .body("final", equalTo(true))
                .body("rulesDecision", equalTo("REVIEW"))
                .body("score", equalTo(assessed.getInteger("score")))
                .body("review.reviewedBy", equalTo(Callers.REVIEWER))
                .body("review.note", equalTo("Called the customer."));
        reviewer().contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECT\"}")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("already_reviewed"))
                .body("reviewedBy", equalTo(Callers.REVIEWER));

        reviewer().when().get("/assessments/{orderId}", orderId)
                .then().statusCode(200).body("decision", equalTo("CLEAR")).body("final", equalTo(true));
        List<JsonObject> recorded = outcomes.of(orderId, "fraud.assessed");
        assertThat(recorded).hasSize(2);
        JsonObject finalDecision = recorded.get(1).getJsonObject("assessment");
        assertThat(finalDecision.getString("decision")).isEqualTo("CLEAR");
        assertThat(finalDecision.getBoolean("final")).isTrue();
        assertThat(finalDecision.getString("reviewedBy")).isEqualTo(Callers.REVIEWER);
        assertThat(finalDecision.getString("note")).isEqualTo("Called the customer.");
        assertThat(finalDecision.getInteger("score")).isEqualTo(assessed.getInteger("score"));
        assertThat(finalDecision.getJsonArray("reasons")).isEqualTo(assessed.getJsonArray("reasons"));
        JsonObject onTheWire = broker.awaitMessage(published, message -> orderId.equals(message.getString("orderId"))
                && message.getJsonObject("assessment").getBoolean("final"));
        assertThat(onTheWire.getString("eventType")).isEqualTo("fraud.assessed");
        assertThat(onTheWire.getJsonObject("assessment")).isEqualTo(finalDecision);
    }

    @Test
    void twoReviewersAtOnceCannotBothDecide() throws Exception {
        String orderId = OrderEvents.orderId(reviewable());

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> review(orderId, "CLEAR"));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> review(orderId, "REJECT"));

        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);
        assertThat(outcomes.of(orderId, "fraud.assessed")).hasSize(2);
    }

    @Test
    void reviewingAnOrderWithoutAssessmentIsNotFound() {
        for (String orderId : List.of(UUID.randomUUID().toString(), "not-an-order-id")) {
            reviewer().contentType(ContentType.JSON)
                    .body("{\"decision\": \"CLEAR\"}")
                    .when().post("/assessments/{orderId}/review", orderId)
                    .then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("assessment_not_found"))
                    .body("status", equalTo(404))
                    .body("type", equalTo("https://checkout.dev/problems/assessment_not_found"));
        }
    }

    @Test
    void aBadReviewIsRefusedWithTheOffendingFieldsAndChangesNothing() throws Exception {
        String orderId = OrderEvents.orderId(reviewable());

        reviewer().contentType(ContentType.JSON)
                .body("{\"decision\": \"REVIEW\", \"note\": \"" + "x".repeat(2001) + "\"}")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation_failed"))
                .body("errors.field", containsInAnyOrder("decision", "note"));
        reviewer().contentType(ContentType.JSON).body("{\"note\": \"Looks fine.\"}")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("decision"))
                .body("errors[0].message", equalTo("must not be null"));
        reviewer().contentType(ContentType.JSON).body("{\"decision\": [\"CLEAR\"]}")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(400)
                .body("code", equalTo("malformed_json"))
                .body("errors[0].field", equalTo("decision"));
        reviewer().contentType(ContentType.JSON).body("{\"decision\": ")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(400).body("code", equalTo("malformed_json"));
        reviewer().contentType(ContentType.JSON)
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(400).body("code", equalTo("missing_body"));
        reviewer().contentType(ContentType.TEXT).body("CLEAR")
                .when().post("/assessments/{orderId}/review", orderId)
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unsupported_media_type"));

        reviewer().when().get("/assessments/{orderId}", orderId)
                .then().statusCode(200).body("decision", equalTo("REVIEW")).body("final", equalTo(false));
        assertThat(outcomes.of(orderId, "fraud.assessed")).hasSize(1);
    }

    private static JsonObject reviewable() throws Exception {
        JsonObject event = OrderEvents.needingReview(OrderEvents.someTime());
        Assessed.assess(broker, event);
        return event;
    }

    private static int review(String orderId, String decision) {
        return reviewer().contentType(ContentType.JSON)
                .body(new JsonObject().put("decision", decision).encode())
                .when().post("/assessments/{orderId}/review", orderId)
                .statusCode();
    }
}
