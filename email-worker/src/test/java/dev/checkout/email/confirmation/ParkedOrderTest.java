package dev.checkout.email.confirmation;

import dev.checkout.messaging.consumer.ParkedEvent;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ParkedOrderTest {

    private static final String ORDER_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    @Test
    void readsTheOrderAndItsRecipient() {
        assertThat(ParkedOrder.of(parked(order(ORDER_ID, "jana@example.de"))))
                .contains(new ParkedOrder(UUID.fromString(ORDER_ID), "jana@example.de"));
    }

    @Test
    void keepsTheOrderWhenTheRecipientIsMissingOrTooLongToRecord() {
        JsonObject noCustomer = new JsonObject().put("order", new JsonObject().put("orderId", ORDER_ID));
        String tooLong = "a".repeat(64) + "@" + "b".repeat(256) + ".com";

        assertThat(ParkedOrder.of(parked(noCustomer))).contains(new ParkedOrder(UUID.fromString(ORDER_ID), null));
        assertThat(ParkedOrder.of(parked(order(ORDER_ID, tooLong)))).contains(new ParkedOrder(UUID.fromString(ORDER_ID), null));
    }

    @Test
    void findsNoOrderWithoutAWellFormedOrderId() {
        assertThat(ParkedOrder.of(new ParkedEvent("m", null, "unparseable", "body is not JSON", 1))).isEmpty();
        assertThat(ParkedOrder.of(parked(new JsonObject().put("order", "not an object")))).isEmpty();
        assertThat(ParkedOrder.of(parked(order("not-a-uuid", "jana@example.de")))).isEmpty();
        assertThat(ParkedOrder.of(parked(order("1-1-1-1-1", "jana@example.de")))).isEmpty();
        assertThat(ParkedOrder.of(parked(new JsonObject().put("order", new JsonObject().put("orderId", 42))))).isEmpty();
    }

    private static JsonObject order(String orderId, String email) {
        return new JsonObject().put("order", new JsonObject().put("orderId", orderId)
                .put("customer", new JsonObject().put("email", email)));
    }

    private static ParkedEvent parked(JsonObject document) {
        return new ParkedEvent("m", document, "schema_violation", "invalid", 1);
    }
}
