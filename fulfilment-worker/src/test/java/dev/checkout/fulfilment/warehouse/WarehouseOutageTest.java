package dev.checkout.fulfilment.warehouse;

import dev.checkout.fulfilment.support.Broker;
import dev.checkout.fulfilment.support.Events;
import dev.checkout.fulfilment.support.Recorded;
import dev.checkout.fulfilment.support.WarehouseStub;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
    @Inject
    MeterRegistry metrics;

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

        try (Broker broker = new Broker()) {
            broker.publish(placed);
            JsonObject cleared = Events.fraudAssessed(orderId, "CLEAR", false);
            broker.publish(cleared);

            await().atMost(PATIENCE).until(() -> paused() == 1);
            // Several probes and circuit delays pass: the order is neither shipped, nor parked, nor lost.
            Thread.sleep(2000);
            assertThat(paused()).isEqualTo(1);
            assertThat(recorded.state(orderId)).isEqualTo("AWAITING_CLEARANCE");
            assertThat(recorded.outcomes(orderId, "fulfilment.failed")).isEmpty();

            WarehouseStub.up();

            await().atMost(PATIENCE).until(() -> "REQUESTED".equals(recorded.state(orderId)));
            await().atMost(PATIENCE).until(() -> paused() == 0);
            assertThat(recorded.outcomes(orderId, "fulfilment.requested")).singleElement()
                    .satisfies(event -> assertThat(event.getString("reference")).isEqualTo(WarehouseStub.REFERENCE));
            assertThat(WarehouseStub.requests(orderId)).isEqualTo(1);
            assertThat(recorded.handled(cleared.getString("eventId"))).isTrue();
        }
    }

    private double paused() {
        return metrics.get("consumer.paused").tag("consumer", "fulfilment").gauge().value();
    }
}
