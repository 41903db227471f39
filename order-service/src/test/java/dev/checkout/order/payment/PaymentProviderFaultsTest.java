package dev.checkout.order.payment;

import dev.checkout.order.checkout.PendingPaymentReconciler;
import dev.checkout.order.fixtures.OutboxRows;
import dev.checkout.order.fixtures.PaymentProviderStub;
import dev.checkout.order.fixtures.ScriptedPaymentProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.placeAs;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The payment provider's faults, scripted over real HTTP, and what a shopper sees of each. */
@QuarkusTest
@TestProfile(ScriptedPaymentProvider.class)
class PaymentProviderFaultsTest {

    PaymentProviderStub provider;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    PendingPaymentReconciler reconciler;

    @Inject
    Pool pool;

    @BeforeEach
    void freshProvider() {
        provider.reset();
        circuits.resetAll();
    }

    private static Map<String, Object> order(String sku) {
        return cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body();
    }

    @Test
    void aServerErrorIsRetriedUnderTheSameIdempotencyKey() {
        String sku = product("MUG", 1200, "EUR", 5);
        provider.firstChargeFailsWith(500);

        String id = placeAs("ann", order(sku)).then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .extract().path("id");

        assertThat(provider.chargeRequests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(id);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + PaymentProviderStub.API_KEY);
        });
        assertThat(OutboxRows.forOrder(pool, id, "order.placed")).hasSize(1);
    }

    @Test
    void theCircuitOpensFailsFastAndClosesWhenTheProviderRecovers() {
        String sku = product("MUG", 1200, "EUR", 50);
        provider.chargesFailWith(503);

        // 503 means "not processed": nothing charged, so each order is cancelled and its stock released at once.
        placeAs("ann", order(sku)).then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("payment_unavailable"))
                .header("Retry-After", "2");
        placeAs("ann", order(sku)).then().statusCode(503).body("code", equalTo("payment_unavailable"));
        assertThat(circuits.currentState(PaymentGateway.CHARGE_CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);
        int callsWhenOpened = provider.chargeRequests().size();

        placeAs("ann", order(sku)).then().statusCode(503)
                .body("code", equalTo("payment_unavailable"))
                .header("Retry-After", notNullValue());
        assertThat(provider.chargeRequests()).hasSize(callsWhenOpened);
        assertThat(stockOf(sku)).isEqualTo(50);

        provider.chargesSucceed();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> placeAs("ann", order(sku)).statusCode() == 201);
        assertThat(circuits.currentState(PaymentGateway.CHARGE_CIRCUIT)).isEqualTo(CircuitBreakerState.CLOSED);
        placeAs("ann", order(sku)).then().statusCode(201);
        assertThat(stockOf(sku)).isEqualTo(48);
    }

    @Test
    void anUnknownOutcomeIsSettledByTheClientsRetryWithTheSameKey() {
        String sku = product("MUG", 1200, "EUR", 5);
        Map<String, Object> body = order(sku);
        String key = UUID.randomUUID().toString();
        provider.chargesAnswerAfter(4000);

        Response timedOut = placeAs("ann", body, key);

        timedOut.then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("payment_outcome_unknown"))
                .header("Retry-After", "2");
        String id = timedOut.path("orderId");
        as("ann").get("/orders/" + id).then().statusCode(200).body("status", equalTo("PENDING_PAYMENT"));
        assertThat(stockOf(sku)).isEqualTo(4);

        provider.chargesSucceed();
        placeAs("ann", body, key).then().statusCode(201)
                .body("id", equalTo(id))
                .body("status", equalTo("CONFIRMED"));

        assertThat(provider.chargeRequests())
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(id));
        assertThat(stockOf(sku)).isEqualTo(4);
        assertThat(OutboxRows.forOrder(pool, id, "order.placed")).hasSize(1);
    }

    @Test
    void theReconcilerCancelsAnAbandonedOrderTheProviderNeverChargedAndReleasesItsStock() throws Throwable {
        String sku = product("MUG", 1200, "EUR", 5);
        provider.chargesAnswerAfter(4000);
        String id = placeAs("ann", order(sku)).then().statusCode(503).extract().path("orderId");
        assertThat(stockOf(sku)).isEqualTo(4);

        provider.lookupFindsNothing();
        VertxContextSupport.subscribeAndAwait(reconciler::settlePending);

        as("ann").get("/orders/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(stockOf(sku)).isEqualTo(5);
        assertThat(OutboxRows.forOrder(pool, id, "order.placed")).isEmpty();
    }

    @Test
    void theReconcilerConfirmsAnAbandonedOrderTheProviderDidCharge() throws Throwable {
        String sku = product("MUG", 1200, "EUR", 5);
        provider.chargesAnswerAfter(4000);
        String id = placeAs("ann", order(sku)).then().statusCode(503).extract().path("orderId");

        provider.lookupFinds(id, PaymentProviderStub.charge("succeeded", "DE"));
        VertxContextSupport.subscribeAndAwait(reconciler::settlePending);

        as("ann").get("/orders/" + id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("followUps.email.state", equalTo("PENDING"));
        assertThat(stockOf(sku)).isEqualTo(4);
        assertThat(OutboxRows.forOrder(pool, id, "order.placed")).hasSize(1);
    }

    @Test
    void theSimulatorIsOffWhenSwitchedOff() {
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("amountMinor", 100, "currency", "EUR", "token", "tok_visa"))
                .post("/v1/charges")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"));
    }
}
