package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.order.fixtures.PaymentProviderStub;
import dev.checkout.order.fixtures.ScriptedPaymentProvider;
import dev.checkout.order.orders.Shoppers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Past the configured backlog (here: an unpublished event older than an hour, with the relay off), new orders are
 * refused before anything is reserved or charged.
 */
@QuarkusTest
@TestProfile(ScriptedPaymentProvider.class)
class BacklogBackPressureTest {

    private static final Duration LIMIT = Duration.ofHours(1);

    PaymentProviderStub provider;

    @Inject
    Pool pool;

    @Inject
    Outbox outbox;

    private final UUID staleEvent = UUID.randomUUID();

    @BeforeEach
    void freshProvider() {
        provider.reset();
        provider.chargesSucceed();
    }

    @AfterEach
    void drainBacklog() {
        pool.preparedQuery("delete from outbox_message where event_id = $1").execute(Tuple.of(staleEvent))
                .await().indefinitely();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.backlog().await().indefinitely().oldestAge().compareTo(LIMIT) < 0);
    }

    @Test
    void refusesNewOrdersWhileEventsCannotBeHandedOn() {
        String sku = product("MUG", 1200, "EUR", 5);
        pool.preparedQuery("""
                        insert into outbox_message (event_id, event_type, schema_version, correlation_id, payload,
                                                    occurred_at, created_at)
                        values ($1, 'order.placed', 1, $2, '{}'::jsonb, now() - interval '2 hours',
                                now() - interval '2 hours')""")
                .execute(Tuple.of(staleEvent, staleEvent.toString())).await().indefinitely();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.backlog().await().indefinitely().oldestAge().compareTo(LIMIT) > 0);

        String customer = "c-" + UUID.randomUUID();
        place(cart(customer, "tok_visa").line(sku, 1).body())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("overloaded"))
                .header("Retry-After", "30");

        assertThat(stockOf(sku)).isEqualTo(5);
        assertThat(provider.chargeRequests()).isEmpty();
        assertThat(pool.preparedQuery("select count(*) from orders where customer_id = $1")
                .execute(Tuple.of(Shoppers.guestId(customer))).await().indefinitely().iterator().next().getLong(0))
                .isZero();
    }
}
