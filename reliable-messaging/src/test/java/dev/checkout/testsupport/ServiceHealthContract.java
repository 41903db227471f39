package dev.checkout.testsupport;

import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service promises about its health against the real local PostgreSQL and RabbitMQ. A service's test
 * extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceHealthContract {

    @Inject
    Flyway flyway;

    @Test
    void appliesItsMigrationsAtStart() {
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
    }

    /** False for a service that stays ready while the broker is away (messaging.broker.gates-readiness=false). */
    protected boolean brokerGatesReadiness() {
        return true;
    }

    @Test
    void isReadyWhenDatabaseAndBrokerAreUp() {
        RestAssured.when().get(ManagementInterface.url("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(HealthChecks.DATABASE, HealthChecks.REACTIVE_DATABASE))
                .body("checks.name", brokerGatesReadiness() ? hasItem(HealthChecks.BROKER)
                        : not(hasItem(HealthChecks.BROKER)))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void isAliveAndStarted() {
        RestAssured.when().get(ManagementInterface.url("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.when().get(ManagementInterface.url("/q/health/started")).then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void exposesMetricsAndApiDocsOnTheManagementInterface() {
        RestAssured.when().get(ManagementInterface.url("/q/metrics")).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        RestAssured.given().accept("application/json").when().get(ManagementInterface.url("/q/openapi"))
                .then().statusCode(200).body("openapi", startsWith("3."));
        RestAssured.when().get(ManagementInterface.url("/q/swagger-ui/")).then().statusCode(200);
    }

    @Test
    void servesNoManagementEndpointOnTheApiPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            RestAssured.when().get(path).then().statusCode(404);
        }
    }
}
