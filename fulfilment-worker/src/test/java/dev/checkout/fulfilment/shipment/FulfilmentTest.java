package dev.checkout.fulfilment.shipment;

import com.rabbitmq.client.GetResponse;
import dev.checkout.fulfilment.support.Events;
import dev.checkout.fulfilment.support.Recorded;
import dev.checkout.testsupport.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.checkout.fulfilment.support.Recorded.warehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker against the real broker, database and its embedded warehouse: nothing ships before the fraud review
 * cleared it, and what ships, ships once.
 */
@QuarkusTest
class FulfilmentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    Recorded recorded;

    private TestBroker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = TestBroker.of("fulfilment");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aClearedOrderIsShippedOnceWhateverIsDeliveredTwice() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        JsonObject cleared = Events.fraudAssessed(orderId, "CLEAR", false);

        broker.publish(placed);
        broker.publish(placed);
        broker.publish(Events.republished(placed));
        broker.publish(cleared);
        broker.publish(Events.republished(cleared));
        broker.publish(cleared);

        awaitState(orderId, "REQUESTED");
        await().atMost(PATIENCE).until(() -> recorded.handled(cleared.getString("eventId"))
                && recorded.handled(placed.getString("eventId")));
        List<JsonObject> requested = recorded.outcomes(orderId, "fulfilment.requested");
        assertThat(requested).singleElement().satisfies(event -> {
            assertThat(event.getString("reference")).startsWith("WH-");
            assertThat(event.getString("reference")).isEqualTo(warehouse(orderId).reference());
        });
        assertThat(warehouse(orderId).requests()).as("shipment requests for the order").isEqualTo(1);
        assertThat(warehouse(orderId).shipments()).isEqualTo(1);
    }

    @Test
    void anOrderInReviewIsHeldAndShippedOnceAReviewerClearsIt() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        Instant assessedAt = Instant.now();

        broker.publish(placed);
        broker.publish(Events.fraudAssessed(orderId, "REVIEW", false, assessedAt));
        awaitState(orderId, "HELD");
        assertThat(recorded.outcomes(orderId, "fulfilment.held")).singleElement()
                .satisfies(held -> assertThat(held.getJsonObject("hold").getMap())
                        .containsEntry("reasonCode", "fraud_review").containsEntry("final", false));
        assertThat(warehouse(orderId).requests()).isZero();

        broker.publish(Events.fraudAssessed(orderId, "CLEAR", true, assessedAt.plusSeconds(60)));
        awaitState(orderId, "REQUESTED");
        assertThat(recorded.outcomes(orderId, "fulfilment.requested")).hasSize(1);
        assertThat(warehouse(orderId).requests()).isEqualTo(1);
    }

    @Test
    void aRejectedOrderIsNeverShippedAndIsCancelledOnceAReviewerRejectsIt() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        Instant assessedAt = Instant.now();

        broker.publish(placed);
        broker.publish(Events.fraudAssessed(orderId, "REJECT", false, assessedAt));
        awaitState(orderId, "HELD");
        JsonObject finalReject = Events.fraudAssessed(orderId, "REJECT", true, assessedAt.plusSeconds(60));
        broker.publish(finalReject);
        awaitState(orderId, "CANCELLED");
        await().atMost(PATIENCE).until(() -> recorded.handled(finalReject.getString("eventId")));

        assertThat(recorded.outcomes(orderId, "fulfilment.held")).extracting(held -> held.getJsonObject("hold")
                .getBoolean("final")).containsExactly(false, true);
        assertThat(recorded.outcomes(orderId, "fulfilment.requested")).isEmpty();
        assertThat(warehouse(orderId).requests()).isZero();
    }

    @Test
    void theRulesDecisionArrivingAfterTheReviewersChangesNothing() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        Instant assessedAt = Instant.now();

        broker.publish(Events.fraudAssessed(orderId, "REJECT", true, assessedAt.plusSeconds(60)));
        JsonObject rulesLate = Events.fraudAssessed(orderId, "CLEAR", false, assessedAt);
        broker.publish(rulesLate);
        broker.publish(placed);

        await().atMost(PATIENCE).until(() -> recorded.handled(rulesLate.getString("eventId"))
                && recorded.handled(placed.getString("eventId")));
        assertThat(recorded.state(orderId)).isEqualTo("CANCELLED");
        assertThat(warehouse(orderId).requests()).isZero();
    }

    @Test
    void aDecisionBeforeItsOrderEndsTheSameWay() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);

        broker.publish(Events.fraudAssessed(orderId, "CLEAR", false));
        awaitState(orderId, "AWAITING_ORDER");
        assertThat(warehouse(orderId).requests()).isZero();

        broker.publish(placed);
        awaitState(orderId, "REQUESTED");
        assertThat(warehouse(orderId).requests()).isEqualTo(1);
        assertThat(recorded.outcomes(orderId, "fulfilment.requested")).hasSize(1);
    }

    @Test
    void anOrderWaitsForTheFraudReviewBeforeAnythingIsShipped() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);

        broker.publish(placed);

        awaitState(orderId, "AWAITING_CLEARANCE");
        assertThat(warehouse(orderId).requests()).isZero();
        assertThat(recorded.outcomes(orderId, "fulfilment.requested")).isEmpty();
    }

    @Test
    void aTransientWarehouseFailureIsRetriedAndShipsOnce() throws Exception {
        JsonObject placed = Events.orderPlaced("guest:flaky", "00503");
        String orderId = Events.orderId(placed);

        broker.publish(placed);
        broker.publish(Events.fraudAssessed(orderId, "CLEAR", false));

        awaitState(orderId, "REQUESTED");
        assertThat(warehouse(orderId).requests()).as("two 503s, then accepted").isEqualTo(3);
        assertThat(warehouse(orderId).shipments()).isEqualTo(1);
        assertThat(recorded.outcomes(orderId, "fulfilment.requested")).hasSize(1);
    }

    @Test
    void anAddressTheWarehouseRefusesIsParkedWithItsReasonAndReportedFailed() throws Exception {
        JsonObject placed = Events.orderPlaced("guest:refused", "00422");
        String orderId = Events.orderId(placed);
        JsonObject cleared = Events.fraudAssessed(orderId, "CLEAR", false);

        broker.publish(placed);
        awaitState(orderId, "AWAITING_CLEARANCE");
        broker.publish(cleared);

        GetResponse parked = broker.awaitParked(cleared.getString("eventId"));
        assertThat(parked.getProps().getHeaders().get("x-failure-reason").toString())
                .isEqualTo("warehouse_address_refused");
        awaitState(orderId, "FAILED");
        assertThat(recorded.outcomes(orderId, "fulfilment.failed")).singleElement()
                .satisfies(failed -> assertThat(failed.getJsonObject("failure").getString("reasonCode"))
                        .isEqualTo("warehouse_address_refused"));
        assertThat(warehouse(orderId).requests()).as("a refusal is not retried").isEqualTo(1);
        assertThat(warehouse(orderId).shipments()).isZero();
    }

    @Test
    void anInvalidEventIsParkedAtOnceAndShipsNothing() throws Exception {
        JsonObject placed = Events.orderPlaced();
        String orderId = Events.orderId(placed);
        placed.getJsonObject("order").remove("shippingAddress");

        broker.publish(placed);

        GetResponse parked = broker.awaitParked(placed.getString("eventId"));
        assertThat(parked.getProps().getHeaders().get("x-failure-reason").toString()).isEqualTo("schema_violation");
        awaitState(orderId, "FAILED");
        assertThat(warehouse(orderId).requests()).isZero();
    }

    private void awaitState(String orderId, String state) {
        await().atMost(PATIENCE).until(() -> state.equals(recorded.state(orderId)));
    }
}
