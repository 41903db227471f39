package dev.checkout.fraud.history;

import dev.checkout.fraud.rules.History;
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
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The velocity counts cost a card's (and an address's) recent orders, not its whole history, and never more than the
 * cap of them: with thousands of old orders on one card, the count of a new order on it reads none of them; with
 * thousands of recent ones, it reads the cap's worth (the plans, as PostgreSQL ran them).
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
        ordersOnTheCard(3000, now.minusDays(2));

        JsonObject cardScan = find(plan(now), node -> "seen_order_by_card".equals(node.getString("Index Name")));
        assertThat(cardScan).as("the plan reads the card's orders through its index").isNotNull();
        assertThat(cardScan.getInteger("Actual Rows")).as("rows read for the card").isZero();
    }

    @Test
    void aBurstOnOneCardCostsEachOrderNoMoreThanTheCap() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ordersOnTheCard(3000, now);

        // Whichever scan PostgreSQL picks for a card that is most of the table, it stops at the cap.
        JsonObject cardScan = find(plan(now.plusSeconds(1)), node -> node.getString("Index Cond", "")
                .contains("card_last4") || node.getString("Filter", "").contains("card_last4"));
        assertThat(cardScan).as("the plan reads the card's orders").isNotNull();
        assertThat(cardScan.getInteger("Actual Rows")).as("rows read for the card").isEqualTo(History.COUNT_CAP);
    }

    /** {@code orders} orders on the card, one a second back from {@code latest}. */
    private void ordersOnTheCard(int orders, OffsetDateTime latest) {
        pool.preparedQuery("""
                        insert into seen_order (order_id, customer_id, email, card_last4, card_country, occurred_at)
                        select gen_random_uuid(), 'old-' || n, 'old-' || n || '@example.com', $1, $2,
                               $3 - n * interval '1 second'
                          from generate_series(1, $4) n""")
                .execute(Tuple.of(OLD_CARD, OLD_COUNTRY, latest, orders)).await().indefinitely();
        pool.query("analyze seen_order").execute().await().indefinitely();
    }

    /** The plan, as PostgreSQL ran it, of a new order's counts at {@code at}, by a new customer on the card. */
    private JsonObject plan(OffsetDateTime at) {
        String count = OrderHistory.COUNT.replaceAll("\\?(\\d+)", "\\$$1");
        JsonArray plan = pool.preparedQuery("explain (analyze, format json) " + count)
                .execute(Tuple.from(Arrays.asList("new-customer", "new@example.com", OLD_CARD, OLD_COUNTRY, at,
                        at.minusHours(1), at.minusHours(1), at.minusHours(1), UUID.randomUUID(), History.COUNT_CAP)))
                .await().indefinitely().iterator().next().getJsonArray(0);
        return plan.getJsonObject(0).getJsonObject("Plan");
    }

    @AfterEach
    void forgetTheOldOrders() {
        pool.preparedQuery("delete from seen_order where card_last4 = $1 and card_country = $2")
                .execute(Tuple.of(OLD_CARD, OLD_COUNTRY)).await().indefinitely();
    }

    private static JsonObject find(JsonObject node, Predicate<JsonObject> wanted) {
        if (wanted.test(node)) {
            return node;
        }
        JsonArray children = node.getJsonArray("Plans", new JsonArray());
        for (int i = 0; i < children.size(); i++) {
            JsonObject found = find(children.getJsonObject(i), wanted);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
