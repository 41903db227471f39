package dev.checkout.fraud;

import dev.checkout.fraud.support.Assessed;
import dev.checkout.fraud.support.OrderEvents;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Who may call what: every endpoint against no token, an expired one, the wrong role and the right one. */
@QuarkusTest
class AccessMatrixTest {

    @Test
    void everyEndpointAdmitsItsRoleAlone() throws Exception {
        JsonObject assessedOrder = OrderEvents.needingReview(OrderEvents.someTime());
        JsonObject reviewableOrder = OrderEvents.needingReview(OrderEvents.someTime());
        try (TestBroker broker = TestBroker.of("fraud")) {
            Assessed.assess(broker, assessedOrder);
            Assessed.assess(broker, reviewableOrder);
        }
        String assessed = OrderEvents.orderId(assessedOrder);
        String reviewable = OrderEvents.orderId(reviewableOrder);
        List<Endpoint> endpoints = List.of(
                Endpoint.get("/assessments", "sue", "ada"),
                Endpoint.get("/assessments/" + assessed, "sue", "ann"),
                Endpoint.get("/assessments?decision=REVIEW", "fred", "cat"),
                new Endpoint("POST", "/assessments/" + reviewable + "/review", "{\"decision\": \"CLEAR\"}",
                        "fred", 200, "sue"),
                Endpoint.get("/admin/dlq", "sam", "fred"),
                Endpoint.get("/admin/dlq/fraud/groups", "sam", "sue"),
                Endpoint.get("/admin/dlq/fraud/messages", "sam", "ada"));
        endpoints.forEach(AccessMatrix::check);
    }
}
