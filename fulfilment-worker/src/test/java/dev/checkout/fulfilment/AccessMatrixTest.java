package dev.checkout.fulfilment;

import dev.checkout.fulfilment.support.Events;
import dev.checkout.fulfilment.support.Recorded;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.TestBroker;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what: every endpoint against no token, an expired one, the wrong role and the right one; and a
 * customer sees the shipments of their own orders only.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    Recorded recorded;

    @Test
    void everyEndpointAdmitsItsRolesAlone() throws Exception {
        String orderId = anOrderOf(Tokens.subject("ann"));
        String shipmentId = shipmentOf(orderId, "sue");
        List<Endpoint> endpoints = List.of(
                Endpoint.get("/shipments?orderId=" + orderId, "sue", "sam"),
                Endpoint.get("/shipments?orderId=" + orderId, "ann", "fred"),
                Endpoint.get("/shipments/" + shipmentId, "sue", "ada"),
                Endpoint.get("/shipments/" + shipmentId, "ann", "cat"),
                Endpoint.get("/admin/dlq", "sam", "sue"),
                Endpoint.get("/admin/dlq/fulfilment/groups", "sam", "ann"),
                Endpoint.get("/admin/dlq/fulfilment/messages", "sam", "fred"));
        endpoints.forEach(AccessMatrix::check);
    }

    @Test
    void aCustomerSeesTheShipmentsOfTheirOwnOrdersAlone() throws Exception {
        String orderId = anOrderOf(Tokens.subject("ann"));
        String shipmentId = shipmentOf(orderId, "ann");

        assertThat(RestAssured.given().auth().oauth2(Tokens.of("bob")).queryParam("orderId", orderId)
                .get("/shipments").then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        AccessMatrix.refused(RestAssured.given().auth().oauth2(Tokens.of("bob")).get("/shipments/" + shipmentId),
                404, "bob reading ann's shipment");
        assertThat(RestAssured.given().auth().oauth2(Tokens.of("ann")).get("/shipments/" + shipmentId)
                .then().statusCode(200).extract().jsonPath().getString("orderId")).isEqualTo(orderId);
    }

    @Test
    void badInputIsAProblemNotAServerError() {
        AccessMatrix.refused(RestAssured.given().auth().oauth2(Tokens.of("sue")).get("/shipments"), 400,
                "without orderId");
        AccessMatrix.refused(RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", "42")
                .get("/shipments"), 400, "with an orderId that is no UUID");
        AccessMatrix.refused(RestAssured.given().auth().oauth2(Tokens.of("sue")).get("/shipments/42"), 400,
                "with an id that is no UUID");
        AccessMatrix.refused(RestAssured.given().auth().oauth2(Tokens.of("sue"))
                .get("/shipments/5b0e6f1e-4c1d-4a53-9d1e-0c6a3c1f2a77"), 404, "an unknown shipment");
    }

    /** A new order of this customer, placed and cleared, once the worker has its shipment. */
    private String anOrderOf(String customerId) throws Exception {
        JsonObject placed = Events.orderPlaced(customerId, "10115");
        String orderId = Events.orderId(placed);
        try (TestBroker broker = TestBroker.of("fulfilment")) {
            broker.publish(placed);
            broker.publish(Events.fraudAssessed(orderId, "CLEAR", false));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "REQUESTED".equals(recorded.state(orderId)));
        return orderId;
    }

    private static String shipmentOf(String orderId, String reader) {
        return RestAssured.given().auth().oauth2(Tokens.of(reader)).queryParam("orderId", orderId).get("/shipments")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
    }
}
