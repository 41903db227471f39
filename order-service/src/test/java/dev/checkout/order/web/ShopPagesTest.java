package dev.checkout.order.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The shop's pages are served to anyone, as HTML with their scripts; the order page names every event its stream
 * sends. What the pages do in a browser is proven in system-tests (ShopAndConsolePagesTest).
 */
@QuarkusTest
class ShopPagesTest {

    @Test
    void theShopPageIsOpenToGuests() {
        given().accept("text/html")
                .when().get("/shop")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\">"),
                        containsString("<label for=\"email\">Email</label>"),
                        containsString("<main id=\"main\""),
                        containsString("/web/shop.js"));
    }

    @Test
    void theOrderPageListensToEveryEventTheStreamSends() {
        UUID id = UUID.randomUUID();
        given().accept("text/html")
                .when().get("/shop/orders/" + id)
                .then().statusCode(200)
                .body(containsString("data-order-id=\"" + id + "\""),
                        containsString("order.confirmed"),
                        containsString("email.sent"),
                        containsString("fulfilment.held"),
                        containsString(" end\""),
                        containsString("/web/order.js"));
    }

    @Test
    void anOrderPageForSomethingThatIsNoOrderIdIsRefusedAsAProblem() {
        given().accept("text/html")
                .when().get("/shop/orders/<script>")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theScriptsAndStylesAreServedByTheServiceItself() {
        for (String asset : new String[]{"/web/common.js", "/web/shop.js", "/web/order.js", "/web/pages.css"}) {
            given().when().get(asset).then().statusCode(200);
        }
        given().when().get("/web/order.js")
                .then().body(containsString("EventSource"), containsString("Order-Status-Token"));
    }
}
