package dev.checkout.order.orders;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExpiredStatusTokensTest {

    @Inject
    Pool pool;

    @Inject
    ExpiredStatusTokens expired;

    @Test
    void deletesExpiredTokensAndKeepsLiveOnes() throws Throwable {
        String sku = product("TOK", 1200, "EUR", 10);
        Response stale = place(cart("c-tokens", "tok_visa").line(sku, 1).body());
        Response live = place(cart("c-tokens", "tok_visa").line(sku, 1).body());
        UUID staleOrder = UUID.fromString(stale.then().statusCode(201).extract().path("id"));
        UUID liveOrder = UUID.fromString(live.then().statusCode(201).extract().path("id"));
        pool.preparedQuery("update order_status_token set expires_at = now() - interval '1 second' "
                + "where order_id = $1").execute(Tuple.of(staleOrder)).await().indefinitely();

        VertxContextSupport.subscribeAndAwait(expired::deleteExpired);

        assertThat(tokensOf(staleOrder)).isZero();
        assertThat(tokensOf(liveOrder)).isOne();
        RestAssured.given().header(OrderAccess.STATUS_TOKEN, live.header(OrderAccess.STATUS_TOKEN))
                .get("/orders/" + liveOrder).then().statusCode(200);
    }

    private long tokensOf(UUID orderId) {
        return pool.preparedQuery("select count(*) from order_status_token where order_id = $1")
                .execute(Tuple.of(orderId)).await().indefinitely().iterator().next().getLong(0);
    }
}
