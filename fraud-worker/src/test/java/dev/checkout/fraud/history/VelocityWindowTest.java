package dev.checkout.fraud.history;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The velocity counts cost a card's (and an address's) recent orders, not its whole history: with thousands of old
 * orders on one card, the count of a new order on it reads none of them (the plan, as PostgreSQL ran it).
 */
@QuarkusTest
class VelocityWindowTest {

    private static final String OLD_CARD = "0042";
    private static final String OLD_COUNTRY = "ZZ";

    @Inject
    Pool pool;

    @Test
    void aCardsOldOrdersAreNotReadToCountItsRecentOnes() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        pool.preparedQuery("""
                        insert into seen_order (order_id, customer_id, email, card_last4, card_country, occurred_at)
                        select gen_random_uuid(), 'old-' || n, 'old-' || n || '@example.com', $1, $2,
                               $3 - n * interval '1 minute'
                          from generate_series(1, 3000) n""")
                .execute(Tuple.of(OLD_CARD, OLD_COUNTRY, now.minusDays(2))).await().indefinitely();
        pool.query("analyze seen_order").execute().await().indefinitely();

        String count = OrderHistory.COUNT.replaceAll("\\?(\\d)", "\\$$1");
        JsonArray plan = pool.preparedQuery("explain (analyze, format json) " + count)
                .execute(Tuple.from(Arrays.asList("new-customer", "new@example.com", OLD_CARD, OLD_COUNTRY, now,
                        now.minusHours(1), now.minusHours(1), now.minusHours(1), UUID.randomUUID())))
                .await().indefinitely().iterator().next().getJsonArray(0);

        JsonObject cardScan = find(plan.getJsonObject(0).getJsonObject("Plan"), "seen_order_by_card");
        assertThat(cardScan).as("the plan reads the card's orders through its index").isNotNull();
        assertThat(cardScan.getInteger("Actual Rows")).as("rows read for the card").isZero();
    }

    @AfterEach
    void forgetTheOldOrders() {
        pool.preparedQuery("delete from seen_order where card_last4 = $1 and card_country = $2")
                .execute(Tuple.of(OLD_CARD, OLD_COUNTRY)).await().indefinitely();
    }

    private static JsonObject find(JsonObject node, String indexName) {
        if (indexName.equals(node.getString("Index Name"))) {
            return node;
        }
        JsonArray children = node.getJsonArray("Plans", new JsonArray());
        for (int i = 0; i < children.size(); i++) {
            JsonObject found = find(children.getJsonObject(i), indexName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
