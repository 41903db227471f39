package dev.checkout.messaging.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's claim query must not read the published rows kept for retention: with thousands of them in the table
 * the plan reaches the pending rows through an index, never a sequential scan, and in id order, so it stops after
 * its batch instead of sorting every pending row. A pass costs the same however long the history or the backlog.
 */
@QuarkusTest
class OutboxClaimIndexTest {

    private static final int PUBLISHED_ROWS = 20_000;

    /** OutboxRelay's CLAIM, with the batch size written in. */
    private static final String CLAIM = """
            select id, event_id, event_type, schema_version, correlation_id, payload::text as payload, occurred_at,
                   attempts
              from outbox_message
             where published_at is null and next_attempt_at <= now()
             order by id
             limit 50
               for update skip locked""";

    @Inject
    Pool pool;

    private final String type = "outbox.history." + UUID.randomUUID();

    @AfterEach
    void removeHistory() {
        pool.preparedQuery("delete from outbox_message where event_type = $1").execute(Tuple.of(type))
                .await().indefinitely();
    }

    @Test
    void claimsThroughAnIndexWhenTheTableHoldsThousandsOfPublishedRows() {
        pool.preparedQuery("""
                        insert into outbox_message (event_id, event_type, schema_version, payload, occurred_at,
                                                    published_at, attempts)
                        select gen_random_uuid(), $1, 1, '{}'::jsonb, now(), now(), 1
                          from generate_series(1, $2)""")
                .execute(Tuple.of(type, PUBLISHED_ROWS)).await().indefinitely();
        pool.query("analyze outbox_message").execute().await().indefinitely();

        String plan = StreamSupport.stream(pool.query("explain " + CLAIM).execute().await().indefinitely()
                        .spliterator(), false)
                .map((Row row) -> row.getString(0))
                .reduce("", (all, line) -> all + line + "\n");

        assertThat(plan).contains("Index Scan using outbox_message_unpublished")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }
}
