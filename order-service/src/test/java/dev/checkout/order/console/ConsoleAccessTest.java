package dev.checkout.order.console;

import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The dead-letter console and its API admit role sre alone: anonymous people are sent to sign in (authorization code
 * with PKCE) and the API refuses them, a shopper is refused. An SRE's calls go on to the services' /admin/dlq with the SRE's own token (here
 * order-service's own, the one service the tests reach).
 */
@QuarkusTest
class ConsoleAccessTest {

    private static final List<String> CONSOLE = List.of("/console", "/console/api/services",
            "/console/api/services/order-service/order-status/groups",
            "/console/api/services/order-service/order-status/audit");

    @Test
    void anonymousPeopleAreSentToSignInWithPkceAndTheApiRefusesThem() {
        given().redirects().follow(false).accept("text/html")
                .when().get("/console")
                .then().statusCode(302)
                .header("Location", startsWith(Tokens.REALM_URL + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=checkout-shop"))
                .header("Location", containsString("code_challenge_method=S256"));
        for (String path : CONSOLE.subList(1, CONSOLE.size())) {
            given().redirects().follow(false).when().get(path)
                    .then().statusCode(401).contentType(startsWith("application/problem+json"));
        }
        given().redirects().follow(false).contentType("application/json").body("{\"group\": \"g\"}")
                .when().post("/console/api/services/order-service/order-status/replay")
                .then().statusCode(401);
    }

    @Test
    void aShopperOrAnotherRoleIsRefused() {
        for (String user : List.of("ann", "sue")) {
            for (String path : CONSOLE) {
                as(user).when().get(path).then().statusCode(403);
            }
            as(user).contentType("application/json").body("{\"group\": \"g\", \"reason\": \"r\"}")
                    .when().post("/console/api/services/order-service/order-status/discard")
                    .then().statusCode(403);
        }
    }

    @Test
    void anSreSeesTheConsoleAndEveryServicesParkingLotsThroughTheirOwnToken() {
        as("sam").accept("text/html").when().get("/console")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Signed in as sam"), containsString("/web/console.js"));
        as("sam").when().get("/console/api/services")
                .then().statusCode(200)
                .body("service", hasItem("order-service"))
                .body("find { it.service == 'order-service' }.parkingLots.consumer", hasItem("order-status"));
        as("sam").when().get("/console/api/services/order-service/order-status/groups")
                .then().statusCode(200).body("consumer", equalTo("order-status"));
        as("sam").when().get("/console/api/services/order-service/order-status/audit").then().statusCode(200);
    }

    @Test
    void theServicesProblemsAreHandedOnAndAnUnknownServiceIsOne() {
        as("sam").when().get("/console/api/services/order-service/no-such-consumer/groups")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        as("sam").when().get("/console/api/services/no-such-service/order-status/groups")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unknown_service"));
        // An id cannot step outside /admin/dlq: it is one encoded path segment there.
        as("sam").when().get("/console/api/services/order-service/order-status/messages/..%2F..%2Fq")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        as("sam").contentType("application/json").body("{\"group\": \"g\"}")
                .when().post("/console/api/services/order-service/order-status/discard")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static RequestSpecification as(String user) {
        return given().redirects().follow(false).auth().oauth2(Tokens.of(user));
    }
}
