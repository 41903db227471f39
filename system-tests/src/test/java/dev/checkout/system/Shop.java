package dev.checkout.system;

import dev.checkout.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A shopper and a catalog manager talking to order-service's public API. */
final class Shop {

    private static final String STATUS_TOKEN = "Order-Status-Token";

    private final String orders;
    private final Map<String, String> statusTokens = new ConcurrentHashMap<>();

    Shop(RunningSuite suite) {
        this.orders = suite.orders.url();
    }

    /** A product of the journey's own, with plenty of stock, so journeys never share counters. */
    String newProduct(long priceMinor) {
        String sku = "SYS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // As the realm's catalog admin: changing the catalog takes the role catalog-admin.
        RestAssured.given().auth().oauth2(Tokens.of("cat")).contentType(ContentType.JSON)
                .body(Map.of("name", "System test item " + sku, "priceMinor", priceMinor, "currency", "EUR",
                        "stock", 100_000))
                .put(orders + "/products/" + sku)
                .then().statusCode(201);
        return sku;
    }

    record Placed(String orderId, String email, Duration latency) {
    }

    Placed place(String sku, int quantity) {
        return place(sku, quantity, Map.of());
    }

    /**
     * An order the fraud rules reject: a disposable mailbox, shipped away from the card's country, and a total over
     * the high-total threshold (1000 EUR) when {@code sku} costs that much.
     */
    Placed placeRisky(String sku) {
        String customer = "sys-" + UUID.randomUUID();
        return place(sku, 1, Map.of(), customer + "@mailinator.com", "FR");
    }

    /** An order placed by a client that started a W3C trace: its {@code traceparent} goes with the request. */
    Placed placeInTrace(String sku, int quantity, String traceparent) {
        return place(sku, quantity, Map.of("traceparent", traceparent));
    }

    private Placed place(String sku, int quantity, Map<String, String> headers) {
        String customer = "sys-" + UUID.randomUUID();
        return place(sku, quantity, headers, customer + "@example.com", "DE");
    }

    private Placed place(String sku, int quantity, Map<String, String> headers, String email, String country) {
        String customer = email.substring(0, email.indexOf('@'));
        long started = System.nanoTime();
        Response response = RestAssured.given().contentType(ContentType.JSON)
                .headers(headers)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "customer", Map.of("id", customer, "email", email, "name", "System Tester"),
                        "lines", List.of(Map.of("sku", sku, "quantity", quantity)),
                        "shippingAddress", Map.of("line1", "1 Main St", "city", "Berlin", "postalCode", "10115",
                                "country", country),
                        "payment", Map.of("token", "tok_visa_de")))
                .post(orders + "/orders");
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        String orderId = response.jsonPath().getString("id");
        statusTokens.put(orderId, response.header(STATUS_TOKEN));
        return new Placed(orderId, email, latency);
    }

    JsonPath order(String orderId) {
        // The journeys shop as guests: an order is read with the status token its checkout answered.
        return RestAssured.given().header(STATUS_TOKEN, statusTokens.get(orderId)).get(orders + "/orders/" + orderId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The order's PDF receipt, read by its guest shopper with the status token, from the link the order shows. */
    byte[] receipt(String orderId) {
        String link = order(orderId).getString("receipt");
        assertThat(link).as("the order's receipt link").isEqualTo("/orders/" + orderId + "/receipt");
        Response response = RestAssured.given().header(STATUS_TOKEN, statusTokens.get(orderId)).get(orders + link);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        return response.asByteArray();
    }

    String followUp(String orderId, String followUp) {
        return order(orderId).getString("followUps." + followUp + ".state");
    }

    static Duration median(List<Placed> placed) {
        List<Duration> sorted = placed.stream().map(Placed::latency).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
