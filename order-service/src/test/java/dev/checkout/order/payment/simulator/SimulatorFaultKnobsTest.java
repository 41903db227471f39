package dev.checkout.order.payment.simulator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static org.hamcrest.Matchers.equalTo;

/** The simulator made broken and slow on purpose, as a demo or a fault test would. */
@QuarkusTest
@TestProfile(SimulatorFaultKnobsTest.BrokenAndSlow.class)
class SimulatorFaultKnobsTest {

    public static class BrokenAndSlow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "payment.simulator.error-rate", "1",
                    "payment.simulator.latency", "1500ms",
                    "payment.gateway.timeout-ms", "400");
        }
    }

    @Test
    void theErrorRateFailsChargesWithoutCharging() {
        String key = UUID.randomUUID().toString();
        RestAssured.given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("amountMinor", 100, "currency", "EUR", "token", "tok_visa"))
                .post("/v1/charges")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("service_unavailable"))
                .header("Retry-After", "1");
        RestAssured.given().queryParam("idempotencyKey", key).get("/v1/charges")
                .then().statusCode(200).body("data.size()", equalTo(0));
    }

    @Test
    void latencyBeyondTheTimeoutLeavesThePaymentOutcomeUnknown() {
        String sku = product("MUG", 1200, "EUR", 5);
        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body())
                .then().statusCode(503)
                .body("code", equalTo("payment_outcome_unknown"));
    }
}
