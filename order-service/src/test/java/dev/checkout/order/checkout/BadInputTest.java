package dev.checkout.order.checkout;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import dev.checkout.order.fixtures.OrderApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Whatever a client sends, it gets a clear 4xx problem document, never a 500. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String code) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://checkout.dev/problems/" + code));
    }

    private static io.restassured.response.Response post(String contentType, String body) {
        return RestAssured.given().contentType(contentType).body(body).post("/orders");
    }

    private static String validCart() {
        return """
                {"customer": {"id": "c-1", "email": "ada@example.com", "name": "Ada"},
                 "lines": [{"sku": "MUG-001", "quantity": 1}],
                 "shippingAddress": {"line1": "1 Main St", "city": "Berlin", "postalCode": "10115", "country": "DE"},
                 "payment": {"token": "tok_visa"}}""";
    }

    @Test
    void malformedJson() {
        problem(post("application/json", "{\"customer\": {"), 400, "malformed_json");
        problem(post("application/json", validCart() + " trailing"), 400, "malformed_json");
    }

    @Test
    void valuesOfTheWrongType() {
        problem(post("application/json", validCart().replace("\"quantity\": 1", "\"quantity\": \"two\"")),
                400, "malformed_json").body("errors.field", hasItem("lines[0].quantity"));
        problem(post("application/json", validCart().replace("\"quantity\": 1", "\"quantity\": 1.5")),
                400, "malformed_json");
    }

    @Test
    void wrongContentType() {
        problem(post("text/plain", validCart()), 415, "unsupported_media_type");
    }

    @Test
    void oversizedBody() {
        String huge = "{\"customer\": {\"name\": \"" + "x".repeat(300 * 1024) + "\"}}";
        problem(post("application/json", huge), 413, "payload_too_large");
    }

    @Test
    void missingBody() {
        problem(RestAssured.given().contentType(ContentType.JSON).post("/orders"), 400, "missing_body");
    }

    @Test
    void negativeAndHugeQuantities() {
        String sku = product("MUG", 1200, "EUR", 10);
        problem(place(cart("c-1", "tok_visa").line(sku, -1).body()), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("lines[0].quantity")));
        problem(place(cart("c-1", "tok_visa").line(sku, 0).body()), 400, "validation_failed");
        problem(place(cart("c-1", "tok_visa").line(sku, 1001).body()), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("lines[0].quantity")));
        problem(post("application/json", validCart().replace("\"quantity\": 1", "\"quantity\": 99999999999999")),
                400, "malformed_json").body("errors.field", hasItem("lines[0].quantity"));
        assertThat(stockOf(sku)).isEqualTo(10);
    }

    @Test
    void aWholeQuantityWrittenWithAFractionIsTheWholeNumber() {
        // JSON Schema (the OpenAPI document's "type: integer") counts 1.0 as an integer; 1.5 is refused above.
        String sku = product("MUG", 1200, "EUR", 10);
        String body = validCart().replace("\"sku\": \"MUG-001\", \"quantity\": 1", "\"sku\": \"" + sku
                + "\", \"quantity\": 2.0");

        post("application/json", body).then().statusCode(201).body("lines[0].quantity", equalTo(2));
        assertThat(stockOf(sku)).isEqualTo(8);
    }

    @Test
    void aCartWithNothingToPayIsRefusedBeforeAnythingIsReservedOrCharged() {
        String free = product("STICKER", 0, "EUR", 10);
        String paid = product("MUG", 1200, "EUR", 10);

        problem(place(cart("c-1", "tok_visa").line(free, 2).body()), 422, "nothing_to_pay")
                .body("skus", equalTo(List.of(free)));
        assertThat(stockOf(free)).isEqualTo(10);

        place(cart("c-1", "tok_visa").line(free, 1).line(paid, 1).body()).then().statusCode(201)
                .body("totalMinor", equalTo(1200));
    }

    @Test
    void unknownSku() {
        problem(place(cart("c-1", "tok_visa").line("NOPE-404", 1).body()), 422, "unknown_sku");
    }

    @Test
    void invalidFieldsAreAllNamed() {
        Map<String, Object> body = cart("c-1", "tok visa").line("MUG-001", 1).body();
        body.put("customer", Map.of("id", "", "email", "not-an-email", "name", "Ada"));
        body.put("shippingAddress", Map.of("line1", "1 Main St", "city", "Berlin", "postalCode", "10115",
                "country", "Germany"));
        problem(place(body), 400, "validation_failed")
                .body("errors.field", hasItems("customer.id", "customer.email", "shippingAddress.country",
                        "payment.token"));
    }

    @Test
    void aFieldThatFailsItsOwnConstraintIsNamedOnce() {
        Map<String, Object> body = cart("c-1", "tok_visa").line("MUG-001", 1).body();
        body.put("customer", Map.of("id", "c-1", "email", "not-an-email", "name", "Ada"));
        // The contract's check of the customer would refuse the email too; it runs only once the fields pass.
        problem(place(body), 400, "validation_failed").body("errors.field", equalTo(List.of("customer.email")));
    }

    @Test
    void whatTheOrderPlacedContractRefusesIsRefusedBeforeAnythingIsReservedOrCharged() {
        String sku = product("MUG", 1200, "EUR", 10);
        // Bean Validation's @Email takes it; the event's schema (format: email) does not, and every worker would
        // park the order.placed of a charged order.
        Map<String, Object> body = cart("c-1", "tok_visa").line(sku, 1).body();
        body.put("customer", Map.of("id", "c-1", "email", "ann@exa_mple.com", "name", "Ann"));
        problem(place(body), 400, "validation_failed").body("errors.field", equalTo(List.of("customer.email")));
        assertThat(stockOf(sku)).isEqualTo(10);
    }

    @Test
    void emptyOrTooManyLines() {
        problem(place(cart("c-1", "tok_visa").body()), 400, "validation_failed")
                .body("errors.field", hasItem("lines"));
        OrderApi.Cart many = cart("c-1", "tok_visa");
        IntStream.range(0, 101).forEach(i -> many.line("MUG-001", 1));
        problem(place(many.body()), 400, "validation_failed").body("errors.field", hasItem("lines"));
    }

    @Test
    void missingSections() {
        problem(post("application/json", "{}"), 400, "validation_failed")
                .body("errors.field", hasItems("customer", "lines", "shippingAddress", "payment"));
        problem(post("application/json", "[]"), 400, "malformed_json");
    }

    @Test
    void invalidIdempotencyKey() {
        problem(place(cart("c-1", "tok_visa").line("MUG-001", 1).body(), "x".repeat(256)), 400,
                "invalid_idempotency_key");
    }

    @Test
    void unknownOrder() {
        problem(as("ann").get("/orders/" + UUID.randomUUID()), 404, "order_not_found");
    }

    @Test
    void listingNeedsSensiblePaging() {
        problem(as("ann").queryParam("size", 0).get("/orders"), 400, "validation_failed");
        problem(as("ann").queryParam("page", "first").get("/orders"), 400, "validation_failed")
                .body("errors.field", hasItem("page"));
    }

    @Test
    void textIsTextWithoutNul() {
        problem(post("application/json", validCart().replace("\"name\": \"Ada\"", "\"name\": false")),
                400, "malformed_json").body("errors.field", hasItem("customer.name"));
        problem(post("application/json", validCart().replace("\"10115\"", "10115")),
                400, "malformed_json").body("errors.field", hasItem("shippingAddress.postalCode"));
        problem(post("application/json", validCart().replace("\"name\": \"Ada\"", "\"name\": \"A\\u0000da\"")),
                400, "malformed_json").body("errors.field", hasItem("customer.name"));
    }

    @Test
    void aRequestTargetWithNulOrMatrixParametersIsRefused() {
        String sku = product("MUG", 1200, "EUR", 10);
        problem(RestAssured.given().urlEncodingEnabled(false).get("/products/%00"), 400, "invalid_request_target");
        problem(RestAssured.given().urlEncodingEnabled(false).get("/orders?customerId=%00"), 400,
                "invalid_request_target");
        problem(RestAssured.given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("name", "Mug", "priceMinor", 0, "currency", "EUR", "stock", 0))
                .put("/products/" + sku + ";DROP"), 400, "invalid_request_target");
        assertThat(stockOf(sku)).isEqualTo(10);
    }

    @Test
    void unsupportedMethod() {
        problem(RestAssured.delete("/orders/" + UUID.randomUUID()), 405, "method_not_allowed");
    }
}
