package dev.checkout.fulfilment.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the worker did, read where it left it: its outcome events (each checked against the contract), its shipment
 * rows, its idempotency records, and how often the simulated warehouse was asked.
 */
@ApplicationScoped
public class Recorded {

    private final Pool pool;
    private final EventContract contract;
    private final ObjectMapper json;

    Recorded(Pool pool, EventContract contract, ObjectMapper json) {
        this.pool = pool;
        this.contract = contract;
        this.json = json;
    }

    /** The events of this type recorded for the order, oldest first; every one valid by its schema. */
    public List<JsonObject> outcomes(String orderId, String eventType) {
        List<JsonObject> events = rows("""
                select payload::text as payload from outbox_message
                 where correlation_id = $1 and event_type = $2 order by id""", Tuple.of(orderId, eventType))
                .stream().map(row -> new JsonObject(row.getString("payload"))).toList();
        events.forEach(event -> assertThat(violations(eventType, event)).as("%s for order %s", eventType, orderId)
                .isEmpty());
        return events;
    }

    /** The order's shipment state, or null while there is none. */
    public String state(String orderId) {
        List<Row> found = rows("select state from shipment where order_id::text = $1", Tuple.of(orderId));
        return found.isEmpty() ? null : found.get(0).getString("state");
    }

    public boolean handled(String messageId) {
        return !rows("select 1 from processed_message where consumer = 'fulfilment' and message_id = $1",
                Tuple.of(messageId)).isEmpty();
    }

    /** How often the simulated warehouse was asked to ship the order, and how many shipments it created. */
    public static WarehouseTally warehouse(String orderId) {
        JsonObject tally = new JsonObject(RestAssured.given().queryParam("idempotencyKey", orderId)
                .get("/warehouse/v1/shipments/requests").then().statusCode(200).extract().asString());
        return new WarehouseTally(tally.getInteger("requests"), tally.getInteger("shipments"),
                tally.getString("reference"));
    }

    public record WarehouseTally(int requests, int shipments, String reference) {
    }

    private List<Row> rows(String sql, Tuple arguments) {
        RowSet<Row> rows = pool.preparedQuery(sql).execute(arguments).await().indefinitely();
        return StreamSupport.stream(rows.spliterator(), false).toList();
    }

    private List<String> violations(String eventType, JsonObject event) {
        try {
            return contract.violations(eventType, 1, json.readTree(event.encode()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
