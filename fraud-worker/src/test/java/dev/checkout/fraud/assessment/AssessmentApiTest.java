package dev.checkout.fraud.assessment;

import dev.checkout.fraud.support.Assessed;
import dev.checkout.fraud.support.OrderEvents;
import dev.checkout.testsupport.ManagementInterface;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.checkout.fraud.support.Callers.reviewer;
import static dev.checkout.fraud.support.Callers.sre;
import static dev.checkout.fraud.support.Callers.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AssessmentApiTest {

    private static TestBroker broker;

    @BeforeAll
    static void connect() throws Exception {
        broker = TestBroker.of("fraud");
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void theReviewQueueListsOrdersWaitingForAReviewerOldestFirst() throws Exception {
        Instant at = OrderEvents.someTime();
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject event = OrderEvents.needingReview(at.plusSeconds(i));
            Assessed.assess(broker, event);
            queued.add(OrderEvents.orderId(event));
        }
        Assessed.assess(broker, OrderEvents.clean(at));

        // The newest assessments are at the end of the queue, whatever earlier runs left in it.
        assertThat(tailOfQueue(3)).containsExactlyElementsOf(queued);
        reviewer().contentType(ContentType.JSON).body("{\"decision\": \"REJECT\"}")
                .when().post("/assessments/{orderId}/review", queued.get(1))
                .then().statusCode(200);
        assertThat(tailOfQueue(2)).containsExactly(queued.get(0), queued.get(2));
        support().when().get("/assessments?decision=REVIEW&size=100")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("items.decision", everyItem(equalTo("REVIEW")));
    }

    @Test
    void anOrderWithoutAssessmentIsNotFound() {
        String orderId = UUID.randomUUID().toString();
        support().when().get("/assessments/{orderId}", orderId)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("assessment_not_found"))
                .body("orderId", equalTo(orderId))
                .body("detail", equalTo("No assessment for order " + orderId + "."));
        support().when().get("/assessments/{orderId}", "12")
                .then().statusCode(404).body("code", equalTo("assessment_not_found"));
    }

    @Test
    void badListParametersAreRefusedWithTheOffendingFields() {
        support().when().get("/assessments?decision=MAYBE&size=0&page=-1")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation_failed"))
                .body("errors.field", containsInAnyOrder("decision", "size", "page"));
        support().when().get("/assessments?size=many")
                .then().statusCode(400).body("code", equalTo("validation_failed"))
                .body("errors.field", containsInAnyOrder("size"));
        support().when().get("/assessments?page=2147483647")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("page"));
    }

    @Test
    void theApiIsDocumentedWithExamples() {
        JsonPath openApi = RestAssured.given().accept(ContentType.JSON).when().get(ManagementInterface.url("/q/openapi"))
                .then().statusCode(200).extract().jsonPath();

        assertThat(openApi.getMap("paths")).containsKeys("/assessments", "/assessments/{orderId}",
                "/assessments/{orderId}/review");
        assertThat(openApi.getMap("paths.'/assessments/{orderId}/review'.post.responses"))
                .containsKeys("200", "400", "404", "409", "415");
        assertThat(openApi.getMap(
                "paths.'/assessments/{orderId}/review'.post.responses.'409'.content.'application/problem+json'.examples"))
                .containsKey("already_reviewed");
    }

    @Test
    void theDeadLetterAdminApiAnswersAnSre() {
        sre().when().get("/admin/dlq").then().statusCode(200).body("consumer", hasItem("fraud"));
    }

    /** The last {@code count} order ids of the review queue, oldest first. */
    private static List<String> tailOfQueue(int count) {
        long total = support().when().get("/assessments?decision=REVIEW&size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        List<String> tail = new ArrayList<>();
        for (long page = total - count; page < total; page++) {
            tail.add(support().when().get("/assessments?decision=REVIEW&size=1&page=" + page)
                    .then().statusCode(200).extract().jsonPath().getString("items[0].orderId"));
        }
        return tail;
    }
}
