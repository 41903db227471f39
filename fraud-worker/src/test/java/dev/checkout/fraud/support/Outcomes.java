package dev.checkout.fraud.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome events the worker recorded in its outbox, each checked against the contract on the way out. */
@ApplicationScoped
public class Outcomes {

    private final Pool pool;
    private final EventContract contract;
    private final ObjectMapper json;

    Outcomes(Pool pool, EventContract contract, ObjectMapper json) {
        this.pool = pool;
        this.contract = contract;
        this.json = json;
    }

    /** The events of this type recorded for the order, oldest first; every one valid by its schema. */
    public List<JsonObject> of(String orderId, String eventType) {
        List<JsonObject> events = StreamSupport.stream(pool.preparedQuery("""
                                select payload::text as payload from outbox_message
                                 where correlation_id = $1 and event_type = $2 order by id""")
                        .execute(Tuple.of(orderId, eventType)).await().indefinitely().spliterator(), false)
                .map((Row row) -> new JsonObject(row.getString("payload")))
                .toList();
        events.forEach(event -> assertThat(violations(eventType, event)).as("%s for order %s", eventType, orderId)
                .isEmpty());
        return events;
    }

    /** How many assessments are stored for the order (0 or 1). */
    public long assessments(String orderId) {
        return pool.preparedQuery("select count(*) as n from fraud_assessment where order_id::text = $1")
                .execute(Tuple.of(orderId)).await().indefinitely().iterator().next().getLong("n");
    }

    /** Whether the worker's consumer has handled (and acknowledged) the message: its idempotency record exists. */
    public boolean handled(String messageId) {
        return pool.preparedQuery("select 1 from processed_message where consumer = 'fraud' and message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().size() == 1;
    }

    private List<String> violations(String eventType, JsonObject event) {
        try {
            return contract.violations(eventType, 1, json.readTree(event.encode()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
