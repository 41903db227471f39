package dev.checkout.fulfilment.warehouse;

import dev.checkout.messaging.consumer.DownstreamUnavailable;
import dev.checkout.messaging.consumer.PermanentFailure;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the warehouse through the {@link WarehouseClient} and tells the consumer when the warehouse is known to be
 * down: a failure that leaves the circuit open (the one that opened it, a failed trial while half-open, or a call the
 * open circuit refused) becomes {@link DownstreamUnavailable}, so the consumer holds the message and pauses instead
 * of spending the message's retry tiers on an outage. Failures while the circuit stays closed are transient.
 */
@ApplicationScoped
public class Warehouse {

    private final WarehouseClient client;
    private final CircuitBreakerMaintenance circuits;

    Warehouse(WarehouseClient client, CircuitBreakerMaintenance circuits) {
        this.client = client;
        this.circuits = circuits;
    }

    /** The warehouse's shipment reference; the order id is the idempotency key, so asking again ships nothing more. */
    public Uni<String> requestShipment(WarehouseApi.ShipmentRequest request) {
        return client.request(request.orderId(), request)
                .map(WarehouseApi.ShipmentAccepted::reference)
                .onFailure(this::warehouseDown)
                .transform(failure -> new DownstreamUnavailable("warehouse unavailable: " + failure.getMessage(),
                        failure));
    }

    private boolean warehouseDown(Throwable failure) {
        return !(failure instanceof PermanentFailure)
                && circuits.currentState(WarehouseClient.CIRCUIT) != CircuitBreakerState.CLOSED;
    }
}
