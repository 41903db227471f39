package dev.checkout.fulfilment.warehouse;

import dev.checkout.fulfilment.support.Events;
import dev.checkout.fulfilment.support.Recorded;
import dev.checkout.fulfilment.support.WarehouseStub;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The warehouse goes away while a cleared order waits to ship: the consumer pauses and holds the message (neither
 * parked nor spent on retry tiers), and the order ships once the warehouse is back.
 */
@QuarkusTest
@WithTestResource(WarehouseStub.class)
class WarehouseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Recorded recorded;

    @AfterEach
    void bringBack() {
        WarehouseStub.down();
        WarehouseStub.up();
    }

    @Test
    void pausesWhileTheWarehouseIsDownAndShipsOnceItIsBack() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        WarehouseStub.down();

        try (TestBroker broker = TestBroker.of("fulfilment")) {
            broker.publish(placed);
            JsonObject cleared = Events.fraudAssessed(orderId, "CLEAR", false);
            broker.publish(cleared);

            await().atMost(PATIENCE).until(() -> held() == 1);
            // Several probes and circuit delays pass, and more than both retry tiers: the order is neither shipped,
            // nor retried to its parking lot, nor lost.
            Thread.sleep(2000);
            // Whichever of the two events came second is the one held: nothing of it is committed.
            assertThat(recorded.state(orderId)).isIn("AWAITING_CLEARANCE", "AWAITING_ORDER");
            assertThat(recorded.outcomes(orderId, "fulfilment.failed")).isEmpty();

            WarehouseStub.up();

            await().atMost(PATIENCE).until(() -> "REQUESTED".equals(recorded.state(orderId)));
            await().atMost(PATIENCE).until(() -> held() == 0);
            assertThat(recorded.outcomes(orderId, "fulfilment.requested")).singleElement()
                    .satisfies(event -> assertThat(event.getString("reference")).isEqualTo(WarehouseStub.REFERENCE));
            assertThat(WarehouseStub.requests(orderId)).isEqualTo(1);
            assertThat(recorded.handled(cleared.getString("eventId"))).isTrue();
        }
    }

    /**
     * Messages the worker has taken from its queue and not settled: a paused consumer holds the one it could not
     * handle. Read from the broker's management API, which refreshes it every few seconds.
     */
    private static int held() {
        return RestAssured.given().auth().preemptive().basic("guest", "guest")
                .get("http://127.0.0.1:15672/api/queues/test-fulfilment/checkout.fulfilment")
                .then().statusCode(200).extract().jsonPath().getInt("messages_unacknowledged");
    }
}
