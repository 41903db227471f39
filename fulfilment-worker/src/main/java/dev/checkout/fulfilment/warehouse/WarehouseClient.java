package dev.checkout.fulfilment.warehouse;

import dev.checkout.messaging.consumer.PermanentFailure;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * The warehouse as this service sees it. Every request is bounded by a timeout, retried a few times with jitter
 * unless the warehouse refused it (it is idempotent on the key, so a retry never ships twice), counted by one circuit
 * breaker that opens when the warehouse keeps failing, and limited by a bulkhead. A refusal is the warehouse working
 * as it should and does not count against the breaker. Tune with MicroProfile Fault Tolerance properties, e.g.
 * {@code dev.checkout.fulfilment.warehouse.WarehouseClient/request/Timeout/value} (milliseconds).
 */
@ApplicationScoped
public class WarehouseClient {

    static final String CIRCUIT = "warehouse";

    private final WarehouseHttp http;

    WarehouseClient(@RestClient WarehouseHttp http) {
        this.http = http;
    }

    @AsynchronousNonBlocking
    @Timeout(value = 3000, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = PermanentFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentFailure.class)
    @CircuitBreakerName(CIRCUIT)
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<WarehouseApi.ShipmentAccepted> request(String idempotencyKey, WarehouseApi.ShipmentRequest request) {
        return http.request(idempotencyKey, request);
    }
}
