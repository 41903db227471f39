package dev.checkout.order;

import dev.checkout.messaging.statuslink.StatusLinkKeys;
import dev.checkout.order.orders.OrderAccess;
import dev.checkout.testsupport.AccessMatrix.Endpoint;
import dev.checkout.testsupport.AccessMatrix;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.placeAs;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.uniqueSku;
import static dev.checkout.testsupport.AccessMatrix.bearer;
import static dev.checkout.testsupport.AccessMatrix.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may call what: every endpoint that needs a role against no token, an expired one, the wrong role, another
 * customer and the right one. Checkout itself is open to guests, but a token it is sent must be valid and a
 * customer's; a guest's order is read with its status token alone.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    Pool pool;

    private final StatusLinkKeys linkKeys = new StatusLinkKeys(
            ConfigProvider.getConfig().getValue("order-access.status-link.current-key", String.class), Optional.empty());

    private static final String SSE = "text/event-stream";
    private static final String PRODUCT = """
            {"name": "Lamp", "priceMinor": 4500, "currency": "EUR", "stock": 7}""";

    @Test
    void everyEndpointWithARoleAdmitsItsRoleAlone() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("PUT", "/products/" + uniqueSku("ACL"), PRODUCT, "cat", 201, "ann"),
                Endpoint.get("/orders", "ann", "cat"),
                Endpoint.get("/admin/dlq", "sam", "ann"),
                Endpoint.get("/admin/dlq/order-status/groups", "sam", "cat"),
                Endpoint.get("/admin/dlq/order-status/messages", "sam", "sue"));
        endpoints.forEach(AccessMatrix::check);
    }

    @Test
    void anOrderIsReadByItsCustomerAloneAndIsNotFoundForAnother() {
        String sku = product("ACL", 1200, "EUR", 10);
        String id = placeAs("ann", cart("c-acl", "tok_visa").line(sku, 1).body()).then().statusCode(201)
                .extract().path("id");

        for (String path : List.of("/orders/" + id, "/orders/" + id + "/timeline")) {
            AccessMatrix.check(Endpoint.get(path, "ann", "cat"));
            refused(bearer(Tokens.of("bob")).get(path), 404, "as bob, another customer");
        }
        // The stream is refused before it begins (ann's own stream: OrderEventsStreamTest).
        String events = "/orders/" + id + "/events";
        refused(RestAssured.given().accept(SSE).get(events), 401, "without a token");
        refused(bearer(Tokens.expired("ann")).accept(SSE).get(events), 401, "with an expired token");
        refused(bearer(Tokens.of("cat")).accept(SSE).get(events), 403, "as cat");
        refused(bearer(Tokens.of("bob")).accept(SSE).get(events), 404, "as bob");
    }

    @Test
    void aGuestReadsTheirOrderWithItsStatusTokenAlone() {
        String sku = product("ACL", 1200, "EUR", 10);
        Response placed = place(cart("c-guest", "tok_visa").line(sku, 1).body());
        placed.then().statusCode(201);
        String id = placed.path("id");
        String token = placed.header(OrderAccess.STATUS_TOKEN);
        String anotherOrdersToken = place(cart("c-guest", "tok_visa").line(sku, 1).body())
                .then().statusCode(201).extract().header(OrderAccess.STATUS_TOKEN);

        for (String path : List.of("/orders/" + id, "/orders/" + id + "/timeline")) {
            RestAssured.given().header(OrderAccess.STATUS_TOKEN, token).get(path).then().statusCode(200);
            refused(RestAssured.given().get(path), 401, "without any token");
            refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, anotherOrdersToken).get(path), 404,
                    "with another order's token");
            refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, "guessed").get(path), 404, "guessed");
            refused(bearer(Tokens.of("ann")).get(path), 404, "as a customer");
        }
        refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, anotherOrdersToken).accept(SSE)
                .get("/orders/" + id + "/events"), 404, "the stream, with another order's token");

        // Only its hash is kept; and it expires.
        byte[] stored = pool.preparedQuery("select token_hash from order_status_token where order_id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next()
                .getBuffer("token_hash").getBytes();
        assertThat(stored).isEqualTo(sha256(token)).isNotEqualTo(token.getBytes(StandardCharsets.UTF_8));
        pool.preparedQuery("update order_status_token set expires_at = now() - interval '1 second' "
                + "where order_id = $1").execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
        refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, token).get("/orders/" + id), 404, "expired");
    }

    @Test
    void aGuestsDeclinedOrderComesWithTheTokenThatReadsIt() {
        String sku = product("ACL", 1200, "EUR", 10);
        Object body = cart("c-guest", "tok_chargeDeclined").line(sku, 1).body();
        String key = UUID.randomUUID().toString();

        Response declined = place(body, key);
        Response replayed = place(body, key);

        for (Response answer : List.of(declined, replayed)) {
            answer.then().statusCode(402).body("code", equalTo("payment_declined"));
            RestAssured.given().header(OrderAccess.STATUS_TOKEN, answer.header(OrderAccess.STATUS_TOKEN))
                    .get("/orders/" + answer.path("orderId")).then().statusCode(200)
                    .body("status", equalTo("PAYMENT_DECLINED"));
        }
        assertThat(placeAs("ann", body).then().statusCode(402).extract().header(OrderAccess.STATUS_TOKEN))
                .as("a customer reads their orders with their own login").isNull();
    }

    @Test
    void aGuestMaySendTheStatusTokenInTheQueryWhereNoHeaderCanBeSent() throws Exception {
        String sku = product("ACL", 1200, "EUR", 10);
        Response placed = place(cart("c-guest", "tok_visa").line(sku, 1).body());
        String id = placed.path("id");
        String token = placed.header(OrderAccess.STATUS_TOKEN);
        String anotherOrdersToken = place(cart("c-guest", "tok_visa").line(sku, 1).body())
                .then().statusCode(201).extract().header(OrderAccess.STATUS_TOKEN);

        for (String path : List.of("/orders/" + id, "/orders/" + id + "/timeline")) {
            RestAssured.given().queryParam(OrderAccess.STATUS_TOKEN_QUERY, token).get(path).then().statusCode(200)
                    .header("Referrer-Policy", "no-referrer");
            refused(RestAssured.given().queryParam(OrderAccess.STATUS_TOKEN_QUERY, anotherOrdersToken).get(path),
                    404, "with another order's token in the query");
        }
        String events = "/orders/" + id + "/events?" + OrderAccess.STATUS_TOKEN_QUERY + "=";
        refused(RestAssured.given().accept(SSE).get(events + anotherOrdersToken), 404,
                "the stream, with another order's token in the query");
        assertThat(streamStatus(events + token)).as("an EventSource's stream").isEqualTo(200);
    }

    @Test
    void theSignedLinkOfAConfirmationEmailReadsItsOrderAloneUntilItExpires() {
        String sku = product("ACL", 1200, "EUR", 10);
        String id = place(cart("c-guest", "tok_visa").line(sku, 1).body()).then().statusCode(201)
                .extract().path("id");
        UUID orderId = UUID.fromString(id);
        Instant inAMonth = Instant.now().plus(Duration.ofDays(30));
        String link = linkKeys.sign(orderId, inAMonth);

        for (String path : List.of("/orders/" + id, "/orders/" + id + "/timeline")) {
            RestAssured.given().queryParam(OrderAccess.STATUS_TOKEN_QUERY, link).get(path).then().statusCode(200);
            RestAssured.given().header(OrderAccess.STATUS_TOKEN, link).get(path).then().statusCode(200);
            refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN,
                    linkKeys.sign(UUID.randomUUID(), inAMonth)).get(path), 404, "another order's link");
            refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN,
                    linkKeys.sign(orderId, Instant.now().minusSeconds(1))).get(path), 404, "an expired link");
            refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, new StatusLinkKeys(
                    "dev:" + Base64.getEncoder().encodeToString(new byte[32]), Optional.empty())
                    .sign(orderId, inAMonth)).get(path), 404, "a link signed with another key");
        }
    }

    private static int streamStatus(String path) throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + path))
                .header("Accept", SSE).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            return stream.statusCode();
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void checkoutTakesAGuestOrAValidCustomerToken() {
        String sku = product("ACL", 1200, "EUR", 10);
        Object body = cart("c-acl", "tok_visa").line(sku, 1).body();

        refused(bearer(Tokens.expired("ann")).contentType("application/json").body(body).post("/orders"), 401,
                "with an expired token");
        refused(placeAs("sam", body), 403, "as sam (sre, not a customer)");
        placeAs("ann", body).then().statusCode(201);
    }
}
