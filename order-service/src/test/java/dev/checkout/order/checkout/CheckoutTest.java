package dev.checkout.order.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.order.fixtures.OutboxRows;
import dev.checkout.order.orders.Order;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.placeAs;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The whole checkout against the real database and the embedded payment provider simulator. */
@QuarkusTest
class CheckoutTest {

    @Inject
    Pool pool;

    @Inject
    EventContract contract;

    @Inject
    ObjectMapper mapper;

    @Test
    void placesAnOrderPricedFromTheCatalog() {
        String mug = product("MUG", 1200, "EUR", 10);
        String tee = product("TEE", 2100, "EUR", 10);

        Response placed = place(cart("c-" + UUID.randomUUID(), "tok_visa")
                .lineWithClientPrice(mug, 2, 1)
                .line(tee, 1)
                .body());

        placed.then().statusCode(201)
                .contentType("application/json")
                .body("status", equalTo("CONFIRMED"))
                .body("currency", equalTo("EUR"))
                .body("totalMinor", equalTo(2 * 1200 + 2100))
                .body("lines[0].sku", equalTo(mug))
                .body("lines[0].name", equalTo("Test " + mug))
                .body("lines[0].unitPriceMinor", equalTo(1200))
                .body("lines[0].lineTotalMinor", equalTo(2400))
                .body("lines[1].lineTotalMinor", equalTo(2100))
                .body("createdAt", notNullValue())
                .body("followUps.email.state", equalTo("PENDING"))
                .body("followUps.fraud.state", equalTo("PENDING"))
                .body("followUps.analytics.state", equalTo("PENDING"));
        String id = placed.path("id");
        assertThat(placed.header("Location")).isEqualTo("/orders/" + id);
        assertThat(stockOf(mug)).isEqualTo(8);
        assertThat(stockOf(tee)).isEqualTo(9);

        // A guest: the status token the checkout answered is what reads the order.
        RestAssured.given().header("Order-Status-Token", placed.header("Order-Status-Token"))
                .get("/orders/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("CONFIRMED"))
                .body("totalMinor", equalTo(4500))
                .body("createdAt", equalTo(placed.path("createdAt")));
    }

    @Test
    void recordsExactlyOneOrderPlacedEventThatKeepsTheContract() throws Exception {
        String mug = product("MUG", 1200, "EUR", 10);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa_fr").line(mug, 3).body();
        body.put("shippingAddress", Map.of("line1", "1 Main St", "line2", "Apt 4", "city", "Berlin",
                "postalCode", "10115", "country", "DE"));

        String id = place(body).then().statusCode(201).extract().path("id");

        List<JsonObject> events = OutboxRows.forOrder(pool, id, "order.placed");
        assertThat(events).hasSize(1);
        JsonObject event = events.get(0);
        assertThat(contract.violations("order.placed", 1, mapper.readTree(event.encode()))).isEmpty();
        JsonObject order = event.getJsonObject("order");
        assertThat(event.getString("eventType")).isEqualTo("order.placed");
        assertThat(event.getInteger("schemaVersion")).isEqualTo(1);
        assertThat(order.getString("orderId")).isEqualTo(id);
        assertThat(order.getLong("totalMinor")).isEqualTo(3600);
        assertThat(order.getJsonArray("lines").getJsonObject(0).getString("name")).isEqualTo("Test " + mug);
        assertThat(order.getJsonObject("shippingAddress").getString("line2")).isEqualTo("Apt 4");
        assertThat(order.getJsonObject("payment").getMap()).containsEntry("method", "card")
                .containsEntry("cardLast4", "4242")
                .containsEntry("cardCountry", "FR")
                .containsKey("authorizationId");
    }

    @Test
    void anEmptySecondAddressLineIsNoSecondLine() throws Exception {
        // The contract's line2 is optional and may be empty; forms send "" for a field left blank.
        String mug = product("MUG", 1200, "EUR", 10);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 1).body();
        body.put("shippingAddress", Map.of("line1", "1 Main St", "line2", "", "city", "Berlin",
                "postalCode", "10115", "country", "DE"));

        String id = place(body).then().statusCode(201).extract().path("id");

        JsonObject event = OutboxRows.forOrder(pool, id, "order.placed").get(0);
        assertThat(contract.violations("order.placed", 1, mapper.readTree(event.encode()))).isEmpty();
        assertThat(event.getJsonObject("order").getJsonObject("shippingAddress").containsKey("line2")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"tok_chargeDeclined, generic_decline", "tok_insufficientFunds, insufficient_funds",
            "tok_expiredCard, expired_card", "tok_madeUp, invalid_token"})
    void aDeclineReleasesTheStockAndPublishesNothing(String token, String declineCode) {
        String mug = product("MUG", 1200, "EUR", 5);

        Response declined = placeAs("ann", cart("c-" + UUID.randomUUID(), token).line(mug, 2).body());

        declined.then().statusCode(402)
                .contentType("application/problem+json")
                .body("code", equalTo("payment_declined"))
                .body("declineCode", equalTo(declineCode));
        String id = declined.path("orderId");
        as("ann").get("/orders/" + id).then().statusCode(200).body("status", equalTo("PAYMENT_DECLINED"));
        assertThat(stockOf(mug)).isEqualTo(5);
        assertThat(OutboxRows.forOrder(pool, id, "order.placed")).isEmpty();
    }

    @Test
    void outOfStockNamesTheSkusAndReservesNothing() {
        String plenty = product("MUG", 1200, "EUR", 10);
        String scarce = product("TEE", 2100, "EUR", 1);

        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(plenty, 2).line(scarce, 2).body())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("out_of_stock"))
                .body("skus", equalTo(List.of(scarce)));

        assertThat(stockOf(plenty)).isEqualTo(10);
        assertThat(stockOf(scarce)).isEqualTo(1);
    }

    @Test
    void repeatedSkusAreReservedTogether() {
        String mug = product("MUG", 1200, "EUR", 3);

        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 2).line(mug, 2).body())
                .then().statusCode(409).body("code", equalTo("out_of_stock"));
        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 2).line(mug, 1).body())
                .then().statusCode(201).body("totalMinor", equalTo(3600));
        assertThat(stockOf(mug)).isZero();
    }

    @Test
    void listsTheSignedInCustomersOrdersNewestFirstInPages() {
        // The body names another customer: the orders are bob's, the token's user, all the same.
        String claimed = "c-" + UUID.randomUUID();
        String mug = product("MUG", 1200, "EUR", 10);
        long before = as("bob").get("/orders").then().statusCode(200).extract().jsonPath().getLong("total");
        String first = placeAs("bob", cart(claimed, "tok_visa").line(mug, 1).body()).then().statusCode(201)
                .extract().path("id");
        String second = placeAs("bob", cart(claimed, "tok_visa").line(mug, 2).body()).then().statusCode(201)
                .extract().path("id");
        String third = placeAs("bob", cart(claimed, "tok_chargeDeclined").line(mug, 3).body()).then().statusCode(402)
                .extract().path("orderId");

        as("bob").queryParam("size", 2).get("/orders")
                .then().statusCode(200)
                .body("total", equalTo((int) before + 3))
                .body("items.id", equalTo(List.of(third, second)))
                .body("items[0].status", equalTo("PAYMENT_DECLINED"))
                .body("items[0].followUps", equalTo(Map.of()));
        as("bob").queryParam("size", 2).queryParam("page", 1).get("/orders")
                .then().statusCode(200)
                .body("items[0].id", equalTo(first));
        as("ann").queryParam("size", 100).get("/orders")
                .then().statusCode(200).body("items.id", not(hasItems(first, second, third)));
    }

    @Test
    void replaysTheAnswerForTheSameIdempotencyKey() {
        String mug = product("MUG", 1200, "EUR", 10);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 1).body();
        String key = UUID.randomUUID().toString();

        Response first = place(body, key);
        Response again = place(body, key);

        first.then().statusCode(201);
        again.then().statusCode(201).header("Location", first.header("Location"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(stockOf(mug)).isEqualTo(9);
    }

    @Test
    void unknownProductsAndMixedCurrenciesAreUnprocessable() {
        String euros = product("MUG", 1200, "EUR", 10);
        String dollars = product("CAP", 1500, "USD", 10);

        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(euros, 1).line("NOPE-404", 1).body())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown_sku"))
                .body("skus", equalTo(List.of("NOPE-404")));
        place(cart("c-" + UUID.randomUUID(), "tok_visa").line(euros, 1).line(dollars, 1).body())
                .then().statusCode(422)
                .body("code", equalTo("mixed_currencies"))
                .body("currencies", equalTo(List.of("EUR", "USD")));
        assertThat(stockOf(euros)).isEqualTo(10);
        assertThat(stockOf(dollars)).isEqualTo(10);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        as("ann").get("/orders/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("order_not_found"));
        as("ann").get("/orders/not-a-uuid")
                .then().statusCode(404)
                .body("code", equalTo("order_not_found"));
    }
}
