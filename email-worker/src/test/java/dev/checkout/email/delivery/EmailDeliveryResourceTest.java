package dev.checkout.email.delivery;

import dev.checkout.email.support.TestSmtpServer;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** GET /emails answers every request it cannot serve with a problem document (sent records: OrderConfirmationTest). */
@QuarkusTest
@WithTestResource(TestSmtpServer.class)
class EmailDeliveryResourceTest {

    @Test
    void answersAnOrderWithoutARecordWith404() {
        UUID orderId = UUID.randomUUID();
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", orderId.toString())
                .when().get("/emails")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("code", equalTo("email_delivery_not_found"))
                .body("type", equalTo("https://checkout.dev/problems/email_delivery_not_found"))
                .body("title", equalTo("Email delivery not found"))
                .body("detail", equalTo("No confirmation email has been sent or given up on for order " + orderId + " (yet)."));
    }

    @Test
    void answersAMalformedOrderIdWith400NamingTheParameter() {
        for (String malformed : new String[] {"not-a-uuid", "1-1-1-1-1", "'; drop table email_delivery; --"}) {
            RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", malformed)
                    .when().get("/emails")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("validation_failed"))
                    .body("errors[0].field", equalTo("orderId"))
                    .body("errors[0].message", startsWith("must be a UUID"));
        }
    }

    @Test
    void answersAMissingOrderIdWith400() {
        RestAssured.given().auth().oauth2(Tokens.of("sue")).when().get("/emails")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("orderId"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        RestAssured.given().auth().oauth2(Tokens.of("sue")).when().get("/emails/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        RestAssured.given().auth().oauth2(Tokens.of("sue")).when().delete("/emails")
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("method_not_allowed"));
    }

    @Test
    void leavesTheDeadLetterAdminApisOwnAnswersAlone() {
                RestAssured.given().auth().oauth2(Tokens.of("sam"))
                .when().get("/admin/dlq/nobody/groups")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("parking_lot_not_found"));
    }
}
