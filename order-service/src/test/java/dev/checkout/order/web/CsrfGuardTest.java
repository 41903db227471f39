package dev.checkout.order.web;

import dev.checkout.order.fixtures.WebSignIn.Session;
import dev.checkout.order.fixtures.WebSignIn;
import dev.checkout.order.orders.OrderAccess;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Changes made with the session cookie alone must carry the session's anti-CSRF token, which another site can neither
 * read nor send: without it (or with another session's) the signed-in checkout and the console's replay and discard
 * are refused as a problem before anything happens. Bearer-token clients and guests send no session cookie and need
 * no token.
 */
@QuarkusTest
class CsrfGuardTest {

    private static final String DISCARD = "/console/api/services/order-service/order-status/discard";
    private static final String REPLAY = "/console/api/services/order-service/order-status/replay";

    @Test
    void aSignedInCheckoutWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
        Session ann = WebSignIn.as("ann", "/shop/sign-in");
        Session bob = WebSignIn.as("bob", "/shop/sign-in");
        String sku = product("CSRF", 900, "EUR", 5);
        Object order = cart("c-csrf", "tok_visa_de").line(sku, 2).body();
        long annsOrders = ordersOf(ann);

        refused(ann.request().contentType(ContentType.JSON).body(order).post("/orders"));
        refused(ann.request().header("X-CSRF-Token", bob.csrfToken()).contentType(ContentType.JSON).body(order)
                .post("/orders"));
        refused(ann.request().header("X-CSRF-Token", "forged").contentType(ContentType.JSON).body(order)
                .post("/orders"));

        assertThat(stockOf(sku)).as("nothing reserved").isEqualTo(5);
        assertThat(ordersOf(ann)).as("no order placed").isEqualTo(annsOrders);
        ann.change().contentType(ContentType.JSON).body(order).post("/orders").then().statusCode(201);
        assertThat(stockOf(sku)).isEqualTo(3);
    }

    @Test
    void theConsolesReplayAndDiscardWithTheSessionNeedItsToken() {
        Session sam = WebSignIn.as("sam", "/console");
        assertThat(sam.csrfToken()).as("the console's page carries it").isNotNull();

        refused(sam.request().contentType(ContentType.JSON).body("{\"group\": \"g\", \"reason\": \"r\"}").post(DISCARD));
        refused(sam.request().contentType(ContentType.JSON).body("{\"group\": \"g\"}").post(REPLAY));

        sam.change().contentType(ContentType.JSON).body("{\"group\": \"g\", \"reason\": \"r\"}").post(DISCARD)
                .then().statusCode(200).body("discarded", equalTo(0));
        sam.change().contentType(ContentType.JSON).body("{\"group\": \"g\"}").post(REPLAY)
                .then().statusCode(200).body("replayed", equalTo(0));
    }

    @Test
    void bearerTokenClientsAndGuestsNeedNoToken() {
        Session ann = WebSignIn.as("ann", "/shop/sign-in");
        String sku = product("CSRF", 900, "EUR", 5);
        Object order = cart("c-csrf", "tok_visa_de").line(sku, 1).body();

        // A bearer token says who calls, even next to a session cookie: another site cannot send one.
        ann.request().auth().oauth2(Tokens.of("ann")).contentType(ContentType.JSON).body(order).post("/orders")
                .then().statusCode(201).body("customer.id", equalTo(Tokens.subject("ann")));
        RestAssured.given().contentType(ContentType.JSON).body(order).post("/orders")
                .then().statusCode(201).header(OrderAccess.STATUS_TOKEN, notNullValue());
        RestAssured.given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON)
                .body("{\"group\": \"g\", \"reason\": \"r\"}").post(DISCARD)
                .then().statusCode(200);
    }

    private static void refused(io.restassured.response.Response answer) {
        answer.then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("csrf_token_invalid"));
    }

    private static long ordersOf(Session session) {
        RequestSpecification request = session.request();
        return ((Number) request.get("/orders").then().statusCode(200).extract().path("total")).longValue();
    }
}
