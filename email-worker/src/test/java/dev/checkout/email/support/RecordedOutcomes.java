package dev.checkout.email.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome events the worker recorded in its outbox for an order, each checked against the contract. */
public final class RecordedOutcomes {

    private static final String OUTCOMES = """
            select payload::text as payload from outbox_message
            where event_type = $1 and correlation_id = $2 order by id""";

    private final Pool pool;
    private final EventContract contract;
    private final ObjectMapper json = new ObjectMapper();

    public RecordedOutcomes(Pool pool, EventContract contract) {
        this.pool = pool;
        this.contract = contract;
    }

    public List<JsonObject> of(String eventType, UUID orderId) {
        List<JsonObject> outcomes = new ArrayList<>();
        for (Row row : pool.preparedQuery(OUTCOMES).execute(Tuple.of(eventType, orderId.toString())).await().indefinitely()) {
            String payload = row.getString("payload");
            try {
                assertThat(contract.violations(eventType, 1, json.readTree(payload)))
                        .as("%s for order %s against its schema", eventType, orderId).isEmpty();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            outcomes.add(new JsonObject(payload));
        }
        return outcomes;
    }
}
