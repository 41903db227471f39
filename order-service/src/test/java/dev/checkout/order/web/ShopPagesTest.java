package dev.checkout.order.web;

import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

    /**
     * Quarkus serves /web/* as immutable for a day, so a browser never asks again for a URL it has: every page names
     * each script and style by a URL that carries a hash of its content, and a changed file is fetched anew.
     */
    @Test
    void theScriptsAndStylesAreNamedByTheirContentSoAChangedOneReachesBrowsersThatCachedTheOld() throws Exception {
        String shop = given().accept("text/html").get("/shop").then().statusCode(200).extract().asString();
        String order = given().accept("text/html").get("/shop/orders/" + UUID.randomUUID()).then().statusCode(200)
                .extract().asString();
        String console = given().auth().oauth2(Tokens.of("sam")).accept("text/html").get("/console")
                .then().statusCode(200).extract().asString();
        Map<String, List<String>> assets = Map.of(shop, List.of("pages.css", "common.js", "shop.js"),
                order, List.of("pages.css", "common.js", "order.js"),
                console, List.of("pages.css", "common.js", "console.js"));

        for (Map.Entry<String, List<String>> page : assets.entrySet()) {
            for (String file : page.getValue()) {
                byte[] served = given().when().get("/web/" + file)
                        .then().statusCode(200).header("Cache-Control", containsString("immutable"))
                        .extract().asByteArray();
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served));
                assertThat(page.getKey()).contains("\"/web/" + file + "?v=" + hash.substring(0, 12) + "\"")
                        .doesNotContain("\"/web/" + file + "\"");
            }
        }
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
