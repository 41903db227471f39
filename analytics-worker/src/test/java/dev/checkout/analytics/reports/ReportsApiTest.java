package dev.checkout.analytics.reports;

import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static dev.checkout.analytics.fixtures.Analyst.analyst;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What a client that gets the parameters wrong sees: problem details, never a 500. */
@QuarkusTest
class ReportsApiTest {

    @Test
    void answersInvalidParametersWithProblemDetailsListingEachOne() {
        analyst().queryParam("from", "2025-03-14T09:30:00Z").queryParam("granularity", "minute")
                .queryParam("currency", "euro")
                .when().get("/analytics/summary")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://checkout.dev/problems/validation_failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(400))
                .body("code", equalTo("validation_failed"))
                .body("detail", equalTo("Invalid value for: granularity, currency."))
                .body("errors.field", containsInAnyOrder("granularity", "currency"));

        analyst().queryParam("from", "2025-03-14").queryParam("to", "2026-03-16").queryParam("limit", "0")
                .when().get("/analytics/top-products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("to", "limit"));

        analyst().when().get("/analytics/countries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("from", "to"))
                .body("errors.message", hasItems("is required"));
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblemDetails() {
        analyst().when().get("/analytics/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        analyst().when().delete("/analytics/summary")
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void leavesTheDeadLetterAdminApiItsOwnAnswers() {
                RestAssured.given().auth().oauth2(Tokens.of("sam")).when().get("/admin/dlq/nobody/groups")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("parking_lot_not_found"));
    }
}
