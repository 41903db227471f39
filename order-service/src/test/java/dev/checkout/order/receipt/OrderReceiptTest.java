package dev.checkout.order.receipt;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.checkout.order.fixtures.Workers;
import dev.checkout.order.orders.OrderAccess;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderStatusApi.awaitProcessed;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.order;
import static dev.checkout.testsupport.AccessMatrix.bearer;
import static dev.checkout.testsupport.AccessMatrix.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /orders/{id}/receipt: this service decides who may see the receipt and fetches it from the email-worker as
 * itself. The email-worker is WireMock here, on the port the test profile names (its own tests prove what it
 * serves; the system tests run both).
 */
@QuarkusTest
class OrderReceiptTest {

    private static final int EMAIL_WORKER_PORT = 18481;

    private static WireMockServer emailWorker;
    private static Workers workers;

    @Inject
    CircuitBreakerMaintenance circuits;
    @Inject
    Pool pool;

    @BeforeAll
    static void start() throws Exception {
        emailWorker = new WireMockServer(options().bindAddress("127.0.0.1").port(EMAIL_WORKER_PORT));
        emailWorker.start();
        workers = new Workers();
    }

    @AfterAll
    static void stop() throws Exception {
        workers.close();
        emailWorker.stop();
    }

    @BeforeEach
    void closeTheCircuit() {
        circuits.reset(EmailWorkerReceipts.CIRCUIT);
    }

    @Test
    void servesTheEmailWorkersBytesToTheOwnerSupportAndAGuestWithItsTokenAndNobodyElse() {
        String id = confirmedOrder();
        byte[] pdf = storedReceipt(id);

        for (String user : List.of("ann", "sue")) {
            Response served = bearer(Tokens.of(user)).get("/orders/" + id + "/receipt");
            assertThat(served.statusCode()).as(user).isEqualTo(200);
            assertThat(served.contentType()).isEqualTo("application/pdf");
            assertThat(served.asByteArray()).isEqualTo(pdf);
        }
        refused(RestAssured.given().get("/orders/" + id + "/receipt"), 401, "without a token");
        refused(bearer(Tokens.expired("ann")).get("/orders/" + id + "/receipt"), 401, "with an expired token");
        refused(bearer(Tokens.of("cat")).get("/orders/" + id + "/receipt"), 403, "as cat, a catalog admin");
        refused(bearer(Tokens.of("bob")).get("/orders/" + id + "/receipt"), 404, "as bob, another customer");

        String sku = product("RCP", 1200, "EUR", 10);
        Response placed = place(cart("c-guest", "tok_visa").line(sku, 1).body());
        String guestOrder = placed.then().statusCode(201).extract().path("id");
        String token = placed.header(OrderAccess.STATUS_TOKEN);
        byte[] guestPdf = storedReceipt(guestOrder);
        assertThat(RestAssured.given().header(OrderAccess.STATUS_TOKEN, token).get("/orders/" + guestOrder + "/receipt")
                .then().statusCode(200).extract().asByteArray()).isEqualTo(guestPdf);
        refused(RestAssured.given().header(OrderAccess.STATUS_TOKEN, token).get("/orders/" + id + "/receipt"), 404,
                "another order with a guest's token");
    }

    @Test
    void callsTheEmailWorkerAsOrderServiceNeverWithTheShoppersToken() {
        String id = confirmedOrder();
        storedReceipt(id);

        bearer(Tokens.of("ann")).get("/orders/" + id + "/receipt").then().statusCode(200);

        List<LoggedRequest> calls = emailWorker.findAll(getRequestedFor(urlEqualTo("/receipts/" + id)));
        assertThat(calls).hasSize(1);
        String authorization = calls.get(0).getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ").isNotEqualTo("Bearer " + Tokens.of("ann"));
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(
                authorization.substring("Bearer ".length()).split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.getString("azp")).isEqualTo("order-service");
        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles").getList()).contains("receipt-reader");
    }

    @Test
    void answers404WhileTheEmailWorkerHasNoReceiptYet() {
        String id = confirmedOrder();
        emailWorker.stubFor(get("/receipts/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"receipt_not_found\"}")));

        Response response = bearer(Tokens.of("ann")).get("/orders/" + id + "/receipt");

        refused(response, 404, "before the email went out");
        assertThat(response.jsonPath().getString("code")).isEqualTo("receipt_not_found");
        // An answer, not a fault: asked once, not retried.
        assertThat(emailWorker.findAll(getRequestedFor(urlEqualTo("/receipts/" + id)))).hasSize(1);
    }

    @Test
    void answers503WithRetryAfterWhileTheEmailWorkerCannotBeReached() {
        String id = confirmedOrder();
        emailWorker.stubFor(get("/receipts/" + id).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Response response = bearer(Tokens.of("ann")).get("/orders/" + id + "/receipt");

        refused(response, 503, "while the email-worker resets every connection");
        assertThat(response.jsonPath().getString("code")).isEqualTo("receipt_unavailable");
        assertThat(response.header("Retry-After")).isEqualTo("10");
        // Two retries, then the answer.
        assertThat(emailWorker.findAll(getRequestedFor(urlEqualTo("/receipts/" + id)))).hasSize(3);
    }

    @Test
    void theOrderLinksItsReceiptOnceItsEmailWasSent() throws Exception {
        String id = confirmedOrder();
        assertThat(order(id).getString("receipt")).isNull();

        awaitProcessed(pool, List.of(workers.publish(Workers.emailSent(id, Instant.now()))));

        assertThat(order(id).getString("receipt")).isEqualTo("/orders/" + id + "/receipt");
    }

    /** The email-worker holds this receipt for the order. */
    private static byte[] storedReceipt(String orderId) {
        byte[] pdf = ("%PDF-1.7 receipt of order " + orderId).getBytes(StandardCharsets.US_ASCII);
        emailWorker.stubFor(get("/receipts/" + orderId).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));
        return pdf;
    }
}
