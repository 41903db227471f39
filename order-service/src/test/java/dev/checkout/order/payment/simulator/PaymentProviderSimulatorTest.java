package dev.checkout.order.payment.simulator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PaymentProviderSimulatorTest {

    private static Response charge(String key, String token, long amountMinor) {
        return RestAssured.given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("amountMinor", amountMinor, "currency", "EUR", "token", token))
                .post("/v1/charges");
    }

    @Test
    void chargesATestCardOncePerIdempotencyKey() {
        String key = UUID.randomUUID().toString();

        Response first = charge(key, "tok_visa", 2400);
        Response again = charge(key, "tok_visa", 2400);

        first.then().statusCode(201)
                .body("id", startsWith("ch_"))
                .body("status", equalTo("succeeded"))
                .body("amountMinor", equalTo(2400))
                .body("card.last4", equalTo("4242"))
                .body("card.country", equalTo("US"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        RestAssured.given().queryParam("idempotencyKey", key).get("/v1/charges")
                .then().statusCode(200)
                .body("data.id", equalTo(List.of(first.<String>path("id"))));
    }

    @Test
    void aKeyIsBoundToItsCharge() {
        String key = UUID.randomUUID().toString();
        charge(key, "tok_visa", 2400).then().statusCode(201);
        charge(key, "tok_visa", 9900).then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
    }

    @Test
    void theCardCountryCanBeChosen() {
        charge(UUID.randomUUID().toString(), "tok_visa_de", 100).then().statusCode(201)
                .body("card.country", equalTo("DE"));
    }

    @Test
    void declinesTheDeclineTokensAndRemembersIt() {
        String key = UUID.randomUUID().toString();
        charge(key, "tok_insufficientFunds", 100).then().statusCode(402)
                .contentType("application/problem+json")
                .body("code", equalTo("card_declined"))
                .body("declineCode", equalTo("insufficient_funds"));
        charge(UUID.randomUUID().toString(), "tok_expiredCard", 100).then().statusCode(402)
                .body("declineCode", equalTo("expired_card"));
        charge(UUID.randomUUID().toString(), "tok_chargeDeclined", 100).then().statusCode(402)
                .body("declineCode", equalTo("generic_decline"));
        RestAssured.given().queryParam("idempotencyKey", key).get("/v1/charges")
                .then().statusCode(200)
                .body("data[0].status", equalTo("failed"))
                .body("data[0].declineCode", equalTo("insufficient_funds"));
    }

    @Test
    void findsNothingForAnUnknownKey() {
        RestAssured.given().queryParam("idempotencyKey", UUID.randomUUID().toString()).get("/v1/charges")
                .then().statusCode(200).body("data", empty());
    }

    @Test
    void refusesInvalidRequests() {
        charge(UUID.randomUUID().toString(), "tok_visa", 0).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("amountMinor"));
        RestAssured.get("/v1/charges").then().statusCode(400).body("errors.field", hasItem("idempotencyKey"));
    }
}
