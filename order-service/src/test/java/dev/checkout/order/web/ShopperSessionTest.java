package dev.checkout.order.web;

import dev.checkout.order.fixtures.WebSignIn.Session;
import dev.checkout.order.fixtures.WebSignIn;
import dev.checkout.order.orders.OrderAccess;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.product;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A customer signs in on the shop page (authorization code with PKCE, the "web" tenant) and the order API knows them
 * by the session cookie alone: the order they place is theirs, read and listed with the session, with no status
 * token. Their tokens stay on the server. Bearer-token callers and guests are untouched (the rest of the suite).
 */
@QuarkusTest
class ShopperSessionTest {

    @Test
    void theShopOffersToSignInWithPkceAndShowsWhoIsShoppingAfterwards() {
        given().redirects().follow(false).accept("text/html")
                .when().get("/shop")
                .then().statusCode(200)
                .body(containsString("href=\"/shop/sign-in\""), not(containsString("csrf-token")));
        given().redirects().follow(false).accept("text/html")
                .when().get("/shop/sign-in")
                .then().statusCode(302)
                .header("Location", startsWith(Tokens.REALM_URL + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=checkout-shop"))
                .header("Location", containsString("code_challenge_method=S256"));

        Session ann = WebSignIn.as("ann", "/shop/sign-in");

        String page = ann.request().accept("text/html").get("/shop").then().statusCode(200).extract().asString();
        assertThat(page).contains("Signed in as Ann Customer", "href=\"/shop/sign-out\"",
                "You are shopping as Ann Customer", "value=\"Ann Customer\"",
                "<meta name=\"csrf-token\" content=\"" + ann.csrfToken() + "\">");
        // Backend-for-frontend: nothing the page's scripts can read holds a token of the identity provider.
        assertThat(page).doesNotContain("eyJ");
    }

    @Test
    void aSignedInCustomersOrderIsTheirsAndIsFollowedWithTheSessionAlone() throws Exception {
        Session ann = WebSignIn.as("ann", "/shop/sign-in");
        String sku = product("WEB", 1500, "EUR", 10);

        Response placed = ann.change().contentType(ContentType.JSON)
                .body(cart("guest-from-the-page", "tok_visa_de").line(sku, 1).body())
                .post("/orders");

        placed.then().statusCode(201).body("customer.id", equalTo(Tokens.subject("ann")));
        assertThat(placed.header(OrderAccess.STATUS_TOKEN)).as("a customer's order needs no status token").isNull();
        String id = placed.path("id");
        for (String path : List.of("/orders/" + id, "/orders/" + id + "/timeline")) {
            ann.request().get(path).then().statusCode(200);
        }
        assertThat(firstEventOfTheStream(ann, id)).isEqualTo("event:order.received");
        ann.request().get("/orders").then().statusCode(200).body("items.id", hasItem(id));
        as("ann").get("/orders").then().statusCode(200).body("items.id", hasItem(id));
        // Another customer's session, or none, does not read it.
        WebSignIn.as("bob", "/shop/sign-in").request().get("/orders/" + id).then().statusCode(404);
        RestAssured.given().get("/orders/" + id).then().statusCode(401);
    }

    @Test
    void someoneSignedInWhoIsNoCustomerIsToldSoAndCannotOrder() {
        Session sam = WebSignIn.as("sam", "/shop/sign-in");

        sam.request().accept("text/html").get("/shop").then().statusCode(200)
                .body(containsString("who is not a customer"));
        sam.change().contentType(ContentType.JSON)
                .body(cart("c-sam", "tok_visa_de").line(product("WEB", 1500, "EUR", 10), 1).body())
                .post("/orders")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("forbidden"));
    }

    @Test
    void signingOutEndsTheSessionAtTheIdentityProviderAndComesBackToTheShop() {
        Session ann = WebSignIn.as("ann", "/shop/sign-in");

        Response signedOut = ann.request().get("/shop/sign-out");

        signedOut.then().statusCode(302)
                .header("Location", startsWith(Tokens.REALM_URL + "/protocol/openid-connect/logout"))
                .header("Location", containsString("post_logout_redirect_uri="))
                .header("Location", containsString("%2Fshop&"));
        assertThat(signedOut.headers().getValues("Set-Cookie")).as("the session cookie is dropped")
                .anyMatch(cookie -> cookie.startsWith("q_session_web") && cookie.contains("Max-Age=0"));
        given().redirects().follow(false).get("/shop/sign-out").then().statusCode(303)
                .header("Location", containsString("/shop"));
    }

    @Test
    void aSessionThatNoLongerSignsAnyoneInIsDroppedAndThePagesAskToSignInAgain() {
        // Sealed with another secret, or expired: either way the service cannot use it.
        String unusable = "q_session_web=sealed-with-another-secret";
        for (String page : List.of("/shop", "/shop/orders/" + UUID.randomUUID(), "/console")) {
            Response answer = given().redirects().follow(false).header("Cookie", unusable).accept("text/html")
                    .get(page);
            answer.then().statusCode(302)
                    .header("Location", startsWith(Tokens.REALM_URL + "/protocol/openid-connect/auth"));
            assertThat(answer.headers().getValues("Set-Cookie")).as(page)
                    .anyMatch(cookie -> cookie.startsWith("q_session_web=;") && cookie.contains("Max-Age=0"));
        }
        Response signedOut = given().redirects().follow(false).header("Cookie", unusable).get("/shop/sign-out");
        signedOut.then().statusCode(303).header("Location", containsString("/shop"));
        assertThat(signedOut.headers().getValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("q_session_web=;") && cookie.contains("Max-Age=0"));
    }

    /** The order's event stream as the page's EventSource opens it: the session cookie, no token of any kind. */
    private static String firstEventOfTheStream(Session session, String orderId) throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + "/orders/" + orderId + "/events"))
                .header("Accept", "text/event-stream").header("Cookie", session.cookie())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            return lines.filter(line -> line.startsWith("event:")).findFirst().orElseThrow();
        }
    }
}
