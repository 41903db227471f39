package dev.checkout.order.idempotency;

import dev.checkout.order.checkout.PlaceOrderRequest;
import dev.checkout.order.fixtures.PaymentProviderStub;
import dev.checkout.order.fixtures.ScriptedPaymentProvider;
import dev.checkout.order.orders.Customer;
import dev.checkout.order.orders.ShippingAddress;
import dev.checkout.order.orders.Shoppers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.placeAs;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Idempotency-Key as a client relies on it, with the provider's side of it visible. */
@QuarkusTest
@TestProfile(ScriptedPaymentProvider.class)
class IdempotencyTest {

    PaymentProviderStub provider;

    @Inject
    Pool pool;

    @Inject
    IdempotentRequests requests;

    @BeforeEach
    void freshProvider() {
        provider.reset();
        provider.chargesSucceed();
    }

    @Test
    void aReplayAnswersIdenticallyWithoutTouchingStockOrTheProvider() {
        String sku = product("MUG", 1200, "EUR", 5);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 2).body();
        String key = UUID.randomUUID().toString();

        Response first = place(body, key);
        Response replay = place(body, key);

        first.then().statusCode(201);
        replay.then().statusCode(201);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.contentType()).isEqualTo(first.contentType());
        assertThat(replay.asString()).isEqualTo(first.asString());
        assertThat(provider.chargeRequests()).hasSize(1);
        assertThat(stockOf(sku)).isEqualTo(3);
    }

    @Test
    void keysAreKeptForAtLeast24Hours() {
        String sku = product("MUG", 1200, "EUR", 5);
        String key = UUID.randomUUID().toString();
        place(cart("c-1", "tok_visa").line(sku, 1).body(), key).then().statusCode(201);

        Boolean keptLongEnough = pool.preparedQuery("""
                        select expires_at - created_at >= interval '24 hours' as kept from idempotency_record
                         where idempotency_key = $1""")
                .execute(Tuple.of(key)).await().indefinitely().iterator().next().getBoolean("kept");
        assertThat(keptLongEnough).isTrue();
    }

    @Test
    void anExpiredKeyIsForgottenAndFreeAgain() {
        String sku = product("MUG", 1200, "EUR", 5);
        String key = UUID.randomUUID().toString();
        place(cart("c-1", "tok_visa").line(sku, 1).body(), key).then().statusCode(201);
        expire(key);

        place(cart("c-1", "tok_visa").line(sku, 2).body(), key).then().statusCode(201);
        expire(key);
        assertThat(requests.deleteExpired().await().indefinitely()).isPositive();

        assertThat(pool.preparedQuery("select 1 from idempotency_record where idempotency_key = $1")
                .execute(Tuple.of(key)).await().indefinitely().rowCount()).isZero();
        assertThat(stockOf(sku)).isEqualTo(2);
    }

    @Test
    void aKeyWhoseRequestDiedIsTakenOverOnceItsLeaseRunsOut() {
        String sku = product("MUG", 1200, "EUR", 5);
        String key = UUID.randomUUID().toString();
        PlaceOrderRequest request = new PlaceOrderRequest(
                new Customer("c-1", "ada@example.com", "Ada"),
                List.of(new PlaceOrderRequest.Line(sku, 1)),
                new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE"),
                new PlaceOrderRequest.Payment("tok_visa"), null);
        // What a process that died while holding the key leaves behind: the fingerprint of the order as placed,
        // i.e. by the guest the request makes.
        pool.preparedQuery("""
                        insert into idempotency_record (idempotency_key, request_id, fingerprint, locked_until,
                                                        expires_at)
                        values ($1, $2, $3, now() + interval '1 minute', now() + interval '1 day')""")
                .execute(Tuple.of(key, UUID.randomUUID(),
                        RequestFingerprint.of(request.forCustomer(Shoppers.guestId("c-1"))))).await().indefinitely();

        place(request, key).then().statusCode(409).body("code", equalTo("idempotency_key_in_use"));
        pool.preparedQuery("update idempotency_record set locked_until = now() - interval '1 second' "
                + "where idempotency_key = $1").execute(Tuple.of(key)).await().indefinitely();
        place(request, key).then().statusCode(201);
        assertThat(stockOf(sku)).isEqualTo(4);
    }

    private void expire(String key) {
        pool.preparedQuery("update idempotency_record set expires_at = now() - interval '1 second' "
                + "where idempotency_key = $1").execute(Tuple.of(key)).await().indefinitely();
    }

    @Test
    void aFinalFailureIsReplayedToo() {
        String sku = product("MUG", 1200, "EUR", 1);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 2).body();
        String key = UUID.randomUUID().toString();

        Response first = place(body, key);
        Response replay = place(body, key);

        first.then().statusCode(409).body("code", equalTo("out_of_stock"));
        replay.then().statusCode(409).contentType("application/problem+json");
        assertThat(replay.asString()).isEqualTo(first.asString());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String sku = product("MUG", 1200, "EUR", 5);
        String key = UUID.randomUUID().toString();
        place(cart("c-1", "tok_visa").line(sku, 1).body(), key).then().statusCode(201);

        place(cart("c-1", "tok_visa").line(sku, 2).body(), key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency_key_reused"));
        assertThat(provider.chargeRequests()).hasSize(1);
        assertThat(stockOf(sku)).isEqualTo(4);
    }

    @Test
    void anotherShopperCannotReplayAKeyTheirBodyMatches() {
        String sku = product("MUG", 1200, "EUR", 5);
        String key = UUID.randomUUID().toString();
        Object body = cart("c-1", "tok_visa").line(sku, 1).body();
        placeAs("ann", body, key).then().statusCode(201);

        // bob, or a guest, with ann's key and the same body gets no copy of ann's order.
        placeAs("bob", body, key).then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
        place(body, key).then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
        assertThat(provider.chargeRequests()).hasSize(1);
    }

    @Test
    void aDuplicateWhileTheFirstIsInFlightIsAConflict() throws Exception {
        String sku = product("MUG", 1200, "EUR", 5);
        Map<String, Object> body = cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body();
        String key = UUID.randomUUID().toString();
        provider.reset();
        provider.chargesAreHeld();

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> place(body, key));
        provider.awaitHeldCharge();
        Response duplicate = place(body, key);
        provider.release();

        duplicate.then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency_key_in_use"));
        first.get().then().statusCode(201);
        assertThat(provider.chargeRequests()).hasSize(1);
        assertThat(stockOf(sku)).isEqualTo(4);
        place(body, key).then().statusCode(201);
    }
}
