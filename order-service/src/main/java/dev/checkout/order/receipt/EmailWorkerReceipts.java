package dev.checkout.order.receipt;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * The email-worker as a source of receipts: each call bounded by a timeout and retried twice; a circuit breaker stops
 * calling a worker that keeps failing, so a download then fails fast instead of waiting out timeouts. "No receipt"
 * is an answer, so it is neither retried nor counted against the circuit. Tune with MicroProfile Fault Tolerance
 * properties, e.g. {@code dev.checkout.order.receipt.EmailWorkerReceipts/fetch/Timeout/value} (milliseconds).
 */
@ApplicationScoped
class EmailWorkerReceipts {

    static final String CIRCUIT = "email-worker-receipts";

    private final EmailWorkerReceiptsClient client;

    EmailWorkerReceipts(@RestClient EmailWorkerReceiptsClient client) {
        this.client = client;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = NoReceiptStored.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = NoReceiptStored.class)
    @CircuitBreakerName(CIRCUIT)
    Uni<byte[]> fetch(UUID orderId) {
        return client.receipt(orderId);
    }
}
