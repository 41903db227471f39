package dev.checkout.testsupport;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A service whose database and broker are gone is not ready, yet alive: Kubernetes should stop routing to it,
 * not restart it. A service's test extends it with {@code @QuarkusTest @TestProfile(UnreachableDependencies.class)}.
 */
public abstract class UnreachableDependenciesContract {

    /** False for a service that stays ready while the broker is away (messaging.broker.gates-readiness=false). */
    protected boolean brokerGatesReadiness() {
        return true;
    }

    @Test
    void isNotReadyButStaysAlive() {
        RestAssured.when().get(ManagementInterface.url("/q/health/ready"))
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + HealthChecks.REACTIVE_DATABASE + "' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + HealthChecks.DATABASE + "' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + HealthChecks.BROKER + "' }.status",
                        brokerGatesReadiness() ? equalTo("DOWN") : nullValue());

        RestAssured.when().get(ManagementInterface.url("/q/health/live"))
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
